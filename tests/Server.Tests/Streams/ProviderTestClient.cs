using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Server.Tests.Streams;

/// <summary>One received outbound media message: when it arrived, its payload size, and its audio decoded to PCM.</summary>
internal sealed record ReceivedMedia(long Timestamp, int PayloadBytes, short[] Pcm);

/// <summary>
/// Plays the provider's side of a stream over a real <see cref="ClientWebSocket"/>: sends its exact JSON (start, media
/// in its chunk size at real-time pace, dtmf, stop), records what the server sends (media, marks, clear) with
/// Stopwatch timestamps, and acknowledges marks the way the provider does once audio "played".
/// </summary>
internal abstract class ProviderTestClient : IAsyncDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly object _gate = new();
    private readonly List<ReceivedMedia> _media = [];
    private readonly List<string> _marks = [];
    private readonly List<string> _violations = [];
    private readonly TaskCompletionSource<long> _clear = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<(WebSocketCloseStatus? Status, string? Description)> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    protected int Sequence;

    public ClientWebSocket Socket { get; } = new();

    public abstract string Path { get; }

    public abstract int Rate { get; }

    public abstract bool MuLawAudio { get; }

    public abstract int ChunkMilliseconds { get; }

    public string StreamId { get; } = "MZ" + Guid.NewGuid().ToString("N");

    public string CallId { get; } = "CA" + Guid.NewGuid().ToString("N");

    public bool AcknowledgeMarks { get; set; } = true;

    /// <summary>How long after a mark arrives its echo goes back (a provider whose buffer is that far ahead).</summary>
    public TimeSpan AcknowledgeDelay { get; set; }

    public ReceivedMedia[] Media { get { lock (_gate) return [.. _media]; } }

    public string[] MarksReceived { get { lock (_gate) return [.. _marks]; } }

    public string[] Violations { get { lock (_gate) return [.. _violations]; } }

    public Task<long> ClearReceived => _clear.Task;

    public Task<(WebSocketCloseStatus? Status, string? Description)> Closed => _closed.Task;

    public Task ConnectAsync(StreamTestServer server, string? query = "token=" + StreamTestServer.Token) =>
        ConnectAsync(server.Url(Path, query));

    public async Task ConnectAsync(Uri url)
    {
        Socket.Options.CollectHttpResponseDetails = true;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Socket.ConnectAsync(url, timeout.Token);
        _receiving = ReceiveLoopAsync();
    }

    public abstract string StartJson(string from, string to);

    protected abstract string MediaJson(string base64, int chunk, long timestampMs);

    public abstract string DtmfJson(char digit);

    public abstract string StopJson();

    protected abstract string MarkAckJson(string name);

    /// <summary>Reads one server message: its kind (media / mark / clear / other), payload and mark name; notes violations.</summary>
    protected abstract (string Kind, string? Payload, string? MarkName) ReadServerMessage(JsonElement root, List<string> violations);

    public Task SendStartAsync(string from = "+919876543210", string to = "+918047491899") => SendTextAsync(StartJson(from, to));

    public async Task SendTextAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await Socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public string EncodeBase64(ReadOnlySpan<short> pcm)
    {
        var bytes = MuLawAudio ? new byte[pcm.Length] : new byte[pcm.Length * 2];
        if (MuLawAudio)
            MuLaw.Encode(pcm, bytes);
        else
            for (var i = 0; i < pcm.Length; i++)
                System.Buffers.Binary.BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), pcm[i]);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Streams <paramref name="pcm"/> in the provider's chunk size, one chunk per chunk duration (absolute deadlines).</summary>
    public async Task SendSpeechAsync(short[] pcm)
    {
        var chunkSamples = Rate * ChunkMilliseconds / 1000;
        var start = Stopwatch.GetTimestamp();
        for (int offset = 0, chunk = 0; offset + chunkSamples <= pcm.Length; offset += chunkSamples, chunk++)
        {
            await SendTextAsync(MediaJson(EncodeBase64(pcm.AsSpan(offset, chunkSamples)), chunk + 1, (long)chunk * ChunkMilliseconds));
            var due = TimeSpan.FromMilliseconds((chunk + 1) * ChunkMilliseconds) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
                await Task.Delay(due);
        }
    }

    public short[] ReceivedPcm() => [.. Media.SelectMany(m => m.Pcm)];

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[256 * 1024];
        try
        {
            while (true)
            {
                var used = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await Socket.ReceiveAsync(buffer.AsMemory(used), CancellationToken.None);
                    used += result.Count;
                } while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
                var at = Stopwatch.GetTimestamp();
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((Socket.CloseStatus, Socket.CloseStatusDescription));
                    if (Socket.State == WebSocketState.CloseReceived)
                        await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                    return;
                }
                await OnServerMessageAsync(buffer.AsMemory(0, used), at);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _closed.TrySetResult((Socket.CloseStatus, Socket.CloseStatusDescription ?? e.Message));
        }
    }

    private async Task OnServerMessageAsync(ReadOnlyMemory<byte> message, long at)
    {
        using var document = JsonDocument.Parse(message);
        string kind;
        string? payload, markName;
        lock (_gate)
            (kind, payload, markName) = ReadServerMessage(document.RootElement, _violations);
        switch (kind)
        {
            case "media":
                var bytes = Convert.FromBase64String(payload!);
                var pcm = new short[MuLawAudio ? bytes.Length : bytes.Length / 2];
                if (MuLawAudio)
                    MuLaw.Decode(bytes, pcm);
                else
                    for (var i = 0; i < pcm.Length; i++)
                        pcm[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(i * 2));
                lock (_gate)
                    _media.Add(new ReceivedMedia(at, bytes.Length, pcm));
                break;
            case "mark":
                lock (_gate)
                    _marks.Add(markName!);
                if (AcknowledgeMarks && AcknowledgeDelay > TimeSpan.Zero)
                    _ = AcknowledgeLaterAsync(markName!);
                else if (AcknowledgeMarks)
                    await SendTextAsync(MarkAckJson(markName!));
                break;
            case "clear":
                _clear.TrySetResult(at);
                break;
        }
    }

    private async Task AcknowledgeLaterAsync(string markName)
    {
        await Task.Delay(AcknowledgeDelay);
        try
        {
            if (Socket.State == WebSocketState.Open)
                await SendTextAsync(MarkAckJson(markName));
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The call ended while the echo was held back.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (Socket.State == WebSocketState.Open)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            await _receiving.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or TimeoutException)
        {
        }
        Socket.Dispose();
    }
}
