using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaCore.Server.Tests.Llm;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1, HTTP/1.1 over a plain <see cref="TcpListener"/> so a
/// test controls every byte and moment: each POST is recorded (request line, headers, body) and answered with the
/// next <see cref="FakeReply"/> — SSE <c>data:</c> chunks after a scripted time to first token and inter-token gap,
/// tool-call deltas, <c>[DONE]</c>; or no answer at all. <see cref="Close"/> shuts the port (connection refused) and
/// <see cref="Reopen"/> listens on the same port again.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<FakeReply> _script = new();
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _gate = new();
    private TcpListener? _listener;
    private Task _accepting = Task.CompletedTask;

    public FakeOpenAiServer()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _accepting = AcceptAsync(_listener);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    /// <summary>Every request received, in order.</summary>
    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    public void Enqueue(FakeReply reply) => _script.Enqueue(reply);

    /// <summary>Stops listening: new connections are refused until <see cref="Reopen"/>.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
        }
    }

    public void Reopen()
    {
        lock (_gate)
        {
            if (_listener is not null)
                return;
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            listener.Start();
            _listener = listener;
            _accepting = AcceptAsync(listener);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        Close();
        await _accepting;
        _stopping.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(_stopping.Token);
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                return; // closed
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var owned = client;
        var stream = client.GetStream();
        try
        {
            var request = await FakeRequest.ReadAsync(stream, _stopping.Token);
            if (request is null)
                return;
            _requests.Enqueue(request);
            var reply = _script.TryDequeue(out var next) ? next : FakeReply.Status(500);
            await reply.WriteAsync(stream, _stopping.Token);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up (its timeout, a barge-in) or the server is stopping.
        }
    }
}

/// <summary>One recorded request.</summary>
internal sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static async Task<FakeRequest?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one, cancellationToken) == 0)
                return null;
            head.Append((char)one[0]);
        }
        var lines = head.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            int colon = line.IndexOf(':');
            if (colon > 0)
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        int length = headers.TryGetValue("Content-Length", out var text) ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, cancellationToken);
        return new FakeRequest(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString(body));
    }
}
