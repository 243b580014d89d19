using System.Buffers;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json;
using MediaCore.Server.Streams.Audio;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Streams;

/// <summary>
/// One provider WebSocket carrying one call: a receive loop (caller audio, DTMF, marks, stop) and, once the call has
/// started, a 20 ms pacing loop pulling bot audio from the handler and sending it in real time. Sends are serialised by
/// one lock; a barge-in clear takes the lock straight away from the thread that raised it, so it goes out within the
/// tick of the decision. Any protocol error closes only this stream, with a close status and a log line.
/// Split by concern: this file (life cycle), .Receive (inbound), .Outbound (pacing and sends).
/// </summary>
public sealed partial class StreamSession
{
    private readonly WebSocket _socket;
    private readonly IStreamProtocol _protocol;
    private readonly IReadOnlyDictionary<string, string> _query;
    private readonly IStreamCallHandlerFactory _handlers;
    private readonly IStreamTenantResolver _tenants;
    private readonly ILogger _logger;
    private readonly int _maxMessageBytes;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _outbound = new(8 * 1024);
    private readonly Utf8JsonWriter _json;
    private CancellationTokenSource? _lifetime;
    private IStreamCallHandler? _handler;
    private Task _pacing = Task.CompletedTask;
    private string? _endReason;

    public StreamSession(WebSocket socket, IStreamProtocol protocol, IReadOnlyDictionary<string, string> query,
        IStreamCallHandlerFactory handlers, IStreamTenantResolver tenants, int maxMessageBytes, ILogger logger)
    {
        _socket = socket;
        _protocol = protocol;
        _query = query;
        _handlers = handlers;
        _tenants = tenants;
        _maxMessageBytes = maxMessageBytes;
        _logger = logger;
        _json = new Utf8JsonWriter(_outbound, new JsonWriterOptions { SkipValidation = true });
    }

    /// <summary>Known after the provider's start message.</summary>
    public StreamCallMetadata? Metadata { get; private set; }

    /// <summary>What the caller has heard of the bot's audio (after start).</summary>
    public PlayoutTracker? Playout { get; private set; }

    /// <summary>Runs the stream until the provider stops it, the socket closes, the handler hangs up, or a protocol error.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _lifetime = lifetime;
        var receive = ArrayPool<byte>.Shared.Rent(_maxMessageBytes);
        var scratch = ArrayPool<byte>.Shared.Rent(_maxMessageBytes);
        var decoded = ArrayPool<byte>.Shared.Rent(_maxMessageBytes);
        try
        {
            _endReason = await ReceiveLoopAsync(receive, scratch, decoded, lifetime.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or IOException)
        {
            _endReason ??= e is OperationCanceledException ? "server shutting down" : $"socket error: {e.Message}";
        }
        finally
        {
            await lifetime.CancelAsync().ConfigureAwait(false);
            await StopPacingAsync().ConfigureAwait(false);
            EndCall(_endReason ?? "ended");
            ArrayPool<byte>.Shared.Return(receive);
            ArrayPool<byte>.Shared.Return(scratch);
            ArrayPool<byte>.Shared.Return(decoded);
        }
    }

    private void BeginCall(StreamCallMetadata metadata)
    {
        Metadata = metadata;
        Playout = new PlayoutTracker(metadata.SampleRate);
        var handler = _handlers.Create(metadata);
        handler.ClearRequested += OnClearRequested;
        handler.HangupRequested += OnHangupRequested;
        _handler = handler;
        PrepareFrames(metadata.Format);
        handler.OnStart(metadata);
        _pacing = PaceAsync(metadata.Format, _lifetime!.Token);
        // No From and no To: the caller's number is personal data and never logged (the records keep only its hash).
        _logger.LogInformation("Stream {Provider} {StreamId} started: call {CallId}, tenant {Tenant}, {Format}",
            metadata.Provider, metadata.StreamId, metadata.CallId, metadata.TenantId, metadata.Format);
    }

    private void EndCall(string reason)
    {
        var handler = _handler;
        _handler = null;
        if (handler is null)
            return;
        handler.ClearRequested -= OnClearRequested;
        handler.HangupRequested -= OnHangupRequested;
        try
        {
            handler.OnStop(reason);
        }
        catch (Exception e)
        {
            _logger.LogError(e, "Stream {StreamId}: handler failed on stop", Metadata?.StreamId);
        }
        _logger.LogInformation("Stream {Provider} {StreamId} ended: {Reason}", _protocol.Provider, Metadata?.StreamId, reason);
    }

    private async Task StopPacingAsync()
    {
        try
        {
            await _pacing.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException or IOException)
        {
            // The loop ends by cancellation or a dead socket; either way the receive side already knows why.
        }
    }

    private async Task CloseAsync(StreamFault fault, CancellationToken cancellationToken)
    {
        _endReason = fault.Reason;
        if (fault.Status != WebSocketCloseStatus.NormalClosure)
            _logger.LogWarning("Stream {Provider} {StreamId} closed ({Status}): {Reason}",
                _protocol.Provider, Metadata?.StreamId, fault.Status, fault.Reason);
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync(fault.Status, Truncate(fault.Reason), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // RFC 6455 §5.5: a control frame body is at most 125 bytes, 2 of them the status code.
    private static string Truncate(string reason) => reason.Length <= 120 ? reason : reason[..120];

    private static long Now() => Stopwatch.GetTimestamp();
}
