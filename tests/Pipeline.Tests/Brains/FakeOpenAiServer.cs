using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MediaCore.Pipeline.Tests.Brains;

/// <summary>
/// An OpenAI-compatible chat-completions server on 127.0.0.1 (HttpListener): each request gets the next scripted
/// response — SSE "data:" lines with a delay before each — or a status code. Keeps every request body.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Func<HttpListenerResponse, Task>> _script = new();
    private readonly Task _loop;

    public FakeOpenAiServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}/v1";

    public ConcurrentQueue<string> Bodies { get; } = new();

    public void Stream(TimeSpan delay, params string[] dataLines) => _script.Enqueue(async response =>
    {
        response.ContentType = "text/event-stream";
        response.SendChunked = true;
        foreach (var data in dataLines)
        {
            await Task.Delay(delay);
            var bytes = Encoding.UTF8.GetBytes($"data: {data}\n\n");
            await response.OutputStream.WriteAsync(bytes);
            await response.OutputStream.FlushAsync();
        }
    });

    public void Status(int code) => _script.Enqueue(response =>
    {
        response.StatusCode = code;
        return Task.CompletedTask;
    });

    public static string Text(string text) =>
        "{\"choices\":[{\"index\":0,\"delta\":{\"content\":" + System.Text.Json.JsonSerializer.Serialize(text) + "}}]}";

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                using (var reader = new StreamReader(context.Request.InputStream))
                    Bodies.Enqueue(await reader.ReadToEndAsync());
                try
                {
                    if (_script.TryDequeue(out var respond))
                        await respond(context.Response);
                    else
                        context.Response.StatusCode = 500;
                    context.Response.Close();
                }
                catch (Exception)
                {
                    // client went away (timeout/barge-in)
                }
            });
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
