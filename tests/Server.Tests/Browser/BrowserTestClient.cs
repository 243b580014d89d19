using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using MediaCore.Server.Browser;

namespace MediaCore.Server.Tests.Browser;

/// <summary>A ClientWebSocket speaking the page's protocol, with generous timeouts (no wall-clock assertions).</summary>
internal sealed class BrowserTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket;
    private readonly byte[] _buffer = new byte[64 * 1024];

    private BrowserTestClient(ClientWebSocket socket) => _socket = socket;

    public WebSocket Socket => _socket;

    public static async Task<BrowserTestClient> ConnectAsync(Uri baseAddress, string tenant, string? query = null, params string[] subProtocols)
    {
        var socket = new ClientWebSocket();
        foreach (var protocol in subProtocols)
            socket.Options.AddSubProtocol(protocol);
        socket.Options.CollectHttpResponseDetails = true; // refusals are HTTP statuses before the upgrade
        var uri = new Uri($"ws://{baseAddress.Authority}/call/ws?tenant={Uri.EscapeDataString(tenant)}{query}");
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await socket.ConnectAsync(uri, timeout.Token);
        }
        catch (WebSocketException e)
        {
            throw new RefusedException((int)socket.HttpStatusCode, e);
        }
        return new BrowserTestClient(socket);
    }

    /// <summary>Connects and sends start; returns once the server says the call is listening.</summary>
    public static async Task<BrowserTestClient> StartCallAsync(Uri baseAddress, string tenant)
    {
        var client = await ConnectAsync(baseAddress, tenant);
        await client.SendTextAsync($$"""{"type":"start","tenant":"{{tenant}}"}""");
        await client.ReceiveUntilAsync(m => m.IsText && m.Type == "state" && m.Json.GetProperty("state").GetString() == "listening");
        return client;
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text).AsMemory(), WebSocketMessageType.Text, true, Timeout()).AsTask();

    public Task SendBinaryAsync(ReadOnlyMemory<byte> bytes) =>
        _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, Timeout()).AsTask();

    public static byte[] Frame(ReadOnlySpan<short> samples)
    {
        var bytes = new byte[samples.Length * 2];
        for (var i = 0; i < samples.Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), samples[i]);
        return bytes;
    }

    /// <summary>The next whole message, or a close (IsClose) — never hangs past the patience limit.</summary>
    public async Task<ServerMessage> ReceiveAsync()
    {
        var count = 0;
        while (true)
        {
            var result = await _socket.ReceiveAsync(_buffer.AsMemory(count), Timeout());
            if (result.MessageType == WebSocketMessageType.Close)
                return ServerMessage.Closed(_socket.CloseStatus, _socket.CloseStatusDescription);
            count += result.Count;
            if (result.EndOfMessage)
                return ServerMessage.From(result.MessageType, _buffer.AsSpan(0, count));
        }
    }

    public async Task<List<ServerMessage>> ReceiveUntilAsync(Func<ServerMessage, bool> stop)
    {
        var seen = new List<ServerMessage>();
        while (true)
        {
            var message = await ReceiveAsync();
            seen.Add(message);
            if (stop(message))
                return seen;
            if (message.IsClose)
                throw new InvalidOperationException($"closed before the expected message: {message.CloseStatus} {message.CloseReason}");
        }
    }

    /// <summary>Everything until the server closes (the close message is last).</summary>
    public async Task<List<ServerMessage>> ReceiveUntilClosedAsync()
    {
        var seen = new List<ServerMessage>();
        while (true)
        {
            var message = await ReceiveAsync();
            seen.Add(message);
            if (message.IsClose)
                return seen;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "test done", Timeout());
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                // the server may already be gone
            }
        }
        _socket.Dispose();
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(Patience).Token;
}

/// <summary>The server answered the upgrade with an HTTP status instead of 101.</summary>
internal sealed class RefusedException(int status, Exception inner) : Exception($"refused with HTTP {status}", inner)
{
    public int Status { get; } = status;
}

/// <summary>One message from the server: audio bytes, JSON control, or the close.</summary>
internal sealed record ServerMessage(bool IsText, bool IsClose, byte[] Bytes, JsonElement Json, WebSocketCloseStatus? CloseStatus, string? CloseReason)
{
    public string? Type => IsText ? Json.GetProperty("type").GetString() : null;

    public bool IsAudio => !IsText && !IsClose;

    public static ServerMessage From(WebSocketMessageType type, ReadOnlySpan<byte> bytes) => type == WebSocketMessageType.Text
        ? new ServerMessage(true, false, bytes.ToArray(), JsonDocument.Parse(bytes.ToArray()).RootElement.Clone(), null, null)
        : new ServerMessage(false, false, bytes.ToArray(), default, null, null);

    public static ServerMessage Closed(WebSocketCloseStatus? status, string? reason) => new(false, true, [], default, status, reason);

    public override string ToString() => IsClose ? $"close {CloseStatus} {CloseReason}" : IsText ? Encoding.UTF8.GetString(Bytes) : $"audio {Bytes.Length} B";
}
