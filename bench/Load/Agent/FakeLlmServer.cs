using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaCore.Bench.Load.Agent;

/// <summary>
/// A tiny OpenAI-compatible chat-completions endpoint for the agent scenario: POST /v1/chat/completions answers with a
/// text/event-stream whose first token comes after <see cref="TimeToFirstToken"/>, then one token per
/// <see cref="InterTokenDelay"/>, then <c>data: [DONE]</c>. It lets a run pin the LLM's share of the response latency.
/// Raw HTTP/1.1 over a TcpListener (no ASP.NET in the bench); one request per connection.
/// </summary>
public sealed class FakeLlmServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _acceptLoop;
    private long _requests;

    public FakeLlmServer(TimeSpan timeToFirstToken, string reply = "Sure, I can help with that.", int port = 0)
    {
        TimeToFirstToken = timeToFirstToken;
        Reply = reply;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _acceptLoop = Task.Run(() => AcceptLoopAsync(_stopping.Token));
    }

    public TimeSpan TimeToFirstToken { get; }

    public TimeSpan InterTokenDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    public string Reply { get; }

    /// <summary>The base URL to configure as the agent's OpenAI-compatible endpoint.</summary>
    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/");

    public long Requests => Interlocked.Read(ref _requests);

    private async Task AcceptLoopAsync(CancellationToken cancellation)
    {
        while (!cancellation.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(cancellation).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            _ = ServeAsync(client, cancellation);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken cancellation)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            string head = await ReadHeadAsync(stream, cancellation).ConfigureAwait(false);
            Interlocked.Increment(ref _requests);
            if (!head.StartsWith("POST /v1/chat/completions", StringComparison.Ordinal))
            {
                await stream.WriteAsync("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellation).ConfigureAwait(false);
                return;
            }
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n"u8.ToArray(), cancellation).ConfigureAwait(false);
            await Task.Delay(TimeToFirstToken, cancellation).ConfigureAwait(false);
            foreach (var token in Reply.Split(' '))
            {
                string json = "{\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + token + " \"}}]}";
                await stream.WriteAsync(Encoding.UTF8.GetBytes($"data: {json}\n\n"), cancellation).ConfigureAwait(false);
                await stream.FlushAsync(cancellation).ConfigureAwait(false);
                await Task.Delay(InterTokenDelay, cancellation).ConfigureAwait(false);
            }
            await stream.WriteAsync("data: [DONE]\n\n"u8.ToArray(), cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
        }
    }

    /// <summary>Reads the request head and the body (Content-Length) so the client's write completes.</summary>
    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellation)
    {
        var buffer = new byte[16 * 1024];
        int filled = 0;
        while (filled < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer.AsMemory(filled), cancellation).ConfigureAwait(false);
            if (n == 0) break;
            filled += n;
            string text = Encoding.ASCII.GetString(buffer, 0, filled);
            int end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0) continue;
            int length = 0;
            foreach (var line in text[..end].Split("\r\n"))
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                    length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            if (filled >= end + 4 + length) return text[..end];
        }
        return Encoding.ASCII.GetString(buffer, 0, filled);
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _listener.Stop();
        await _acceptLoop.ConfigureAwait(false);
        _stopping.Dispose();
    }
}
