using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaCore.Models.Tests;

/// <summary>One request the server saw, and how it answered.</summary>
internal sealed record ServedRequest(int Index, string Path, long? RangeStart, int Status, long BodyBytesSent);

/// <summary>How the server misbehaves for one request (by index, 0-based).</summary>
internal sealed record ServeFault(long? DropAfterBodyBytes = null, bool StallAfterHeaders = false, bool StallBeforeHeaders = false);

/// <summary>
/// A minimal HTTP/1.1 file server on 127.0.0.1 (real sockets, one request per connection) that honours Range unless told
/// not to, and can drop or stall a response, so the fetcher is tested against the failures a real network produces.
/// </summary>
internal sealed class TestModelServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new();
    private readonly ConcurrentQueue<ServedRequest> _requests = new();
    private readonly Task _acceptLoop;
    private int _nextIndex = -1;

    public TestModelServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptLoop = AcceptLoopAsync();
    }

    public int Port { get; }
    public bool IgnoreRange { get; set; }
    public Func<int, ServeFault?> Fault { get; set; } = _ => null;
    /// <summary>Requests received, including ones still being answered (stalled).</summary>
    public int RequestCount => Volatile.Read(ref _nextIndex) + 1;
    public IReadOnlyList<ServedRequest> Requests => _requests.OrderBy(r => r.Index).ToArray();

    public string Add(string name, byte[] content)
    {
        _files[name] = content;
        return $"http://127.0.0.1:{Port}/{name}";
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _acceptLoop; } catch (OperationCanceledException) { } catch (SocketException) { } catch (ObjectDisposedException) { }
        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            var stream = client.GetStream();
            var (path, rangeStart) = await ReadRequestAsync(stream);
            var index = Interlocked.Increment(ref _nextIndex);
            var (status, sent) = await RespondAsync(stream, path, rangeStart, Fault(index));
            _requests.Enqueue(new ServedRequest(index, path, rangeStart, status, sent));
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
        {
            // the client gave up (stall test) or the server is stopping
        }
    }

    private static async Task<(string Path, long? RangeStart)> ReadRequestAsync(NetworkStream stream)
    {
        var header = new StringBuilder();
        var one = new byte[1];
        while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0) throw new IOException("client closed before the request ended");
            header.Append((char)one[0]);
        }
        var lines = header.ToString().Split("\r\n");
        var path = lines[0].Split(' ')[1].TrimStart('/');
        long? rangeStart = null;
        foreach (var line in lines)
            if (line.StartsWith("Range: bytes=", StringComparison.OrdinalIgnoreCase))
                rangeStart = long.Parse(line["Range: bytes=".Length..].Split('-')[0]);
        return (path, rangeStart);
    }

    private async Task<(int Status, long Sent)> RespondAsync(NetworkStream stream, string path, long? rangeStart, ServeFault? fault)
    {
        if (fault?.StallBeforeHeaders == true) await Task.Delay(Timeout.Infinite, _stop.Token);
        if (!_files.TryGetValue(path, out var content))
        {
            await WriteHeadAsync(stream, "404 Not Found", 0, null);
            return (404, 0);
        }
        var start = IgnoreRange ? 0 : rangeStart ?? 0;
        if (start >= content.Length)
        {
            await WriteHeadAsync(stream, "416 Range Not Satisfiable", 0, $"Content-Range: bytes */{content.Length}");
            return (416, 0);
        }
        var partial = start > 0;
        var status = partial ? 206 : 200;
        await WriteHeadAsync(stream, partial ? "206 Partial Content" : "200 OK", content.Length - start,
            partial ? $"Content-Range: bytes {start}-{content.Length - 1}/{content.Length}" : null);
        var length = content.Length - start;
        if (fault?.DropAfterBodyBytes is { } drop) length = Math.Min(length, drop);
        await stream.WriteAsync(content.AsMemory((int)start, (int)length));
        await stream.FlushAsync();
        if (fault?.StallAfterHeaders == true) await Task.Delay(Timeout.Infinite, _stop.Token);
        return (status, length); // returning closes the socket: a short body is a dropped connection
    }

    private static Task WriteHeadAsync(NetworkStream stream, string statusLine, long contentLength, string? extraHeader)
    {
        var head = $"HTTP/1.1 {statusLine}\r\nContent-Length: {contentLength}\r\nAccept-Ranges: bytes\r\nConnection: close\r\n"
            + (extraHeader is null ? "" : extraHeader + "\r\n") + "\r\n";
        return stream.WriteAsync(Encoding.ASCII.GetBytes(head)).AsTask();
    }
}
