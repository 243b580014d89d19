using System.Net.WebSockets;
using MediaCore.Server.Streams;
using MediaCore.Server.Streams.Audio;

namespace MediaCore.Server.Browser;

/// <summary>
/// One browser call on an accepted WebSocket — the browser's adapter onto the same <see cref="IStreamCallHandler"/>
/// seam the telephony stream providers use. Waits for {"type":"start"}, creates the handler, feeds it caller frames
/// from the receive loop while <see cref="BrowserAudioPacer"/> streams bot audio back, and ends on hangup (either
/// side), socket loss, bad input or the call time limit. Every end goes through <see cref="BeginServerClose"/> or
/// the caller's close frame, so the page always learns why. Nothing here touches other calls.
/// Split by concern: this file (life cycle, handler events), .Receive (inbound messages).
/// </summary>
internal sealed partial class BrowserCallSession
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);
    private static readonly StreamAudioFormat Format = new(StreamAudioEncoding.Linear16, BrowserWire.SampleRate);

    private readonly WebSocket _socket;
    private readonly TenantSummary _tenant;
    private readonly IStreamCallHandlerFactory _factory;
    private readonly BrowserDemoOptions _options;
    private readonly BrowserSocketWriter _writer;
    private readonly CancellationTokenSource _receiveCancel = new();
    private readonly string _callId = "browser-" + Guid.NewGuid().ToString("N")[..12];
    private IStreamCallHandler? _handler;
    private readonly Lock _markLock = new(); // PlayoutMark is a 24-byte struct: read and written whole under the lock
    private PlayoutMark _lastHeard = new(0, 0, BrowserWire.SampleRate);
    private string? _endReason;
    private Task _serverClose = Task.CompletedTask;

    public BrowserCallSession(WebSocket socket, TenantSummary tenant, IStreamCallHandlerFactory factory, BrowserDemoOptions options)
    {
        _socket = socket;
        _tenant = tenant;
        _factory = factory;
        _options = options;
        _writer = new BrowserSocketWriter(socket, () => _handler?.OnClearSent(LastHeard));
    }

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var loops = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _receiveCancel.Token);
        using var startDeadline = new Timer(_ => BeginServerClose(WebSocketCloseStatus.PolicyViolation, "no start message within 10 s"),
            null, StartTimeout, Timeout.InfiniteTimeSpan);
        using var callDeadline = new Timer(_ => HangUp("the demo call time limit was reached"),
            null, _options.MaxCallDuration, Timeout.InfiniteTimeSpan);
        var control = _writer.RunControlLoopAsync(loops.Token);
        var pacer = Task.CompletedTask;
        _writer.EnqueueControl(BrowserOutboundMessage.State(BrowserCallState.Connecting, callId: _callId));
        try
        {
            await ReceiveLoopAsync(() =>
            {
                startDeadline.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                pacer = StartCall(loops.Token);
            }, receive.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            SetEndReason("connection lost");
        }
        catch (Exception e)
        {
            BeginServerClose(WebSocketCloseStatus.InternalServerError, "call handler failed: " + e.GetType().Name);
        }
        await FinishAsync(loops, control, pacer).ConfigureAwait(false);
    }

    private Task StartCall(CancellationToken cancellationToken)
    {
        var metadata = new StreamCallMetadata(StreamProvider.Browser, _callId, _callId, AccountId: "", From: "browser",
            To: _tenant.Id, new Dictionary<string, string>(), Format) { TenantId = _tenant.Id };
        var handler = _factory.Create(metadata);
        (handler as ICallEventSource)?.AttachEvents(new BrowserCallEvents(_writer));
        handler.ClearRequested += OnClearRequested;
        handler.HangupRequested += OnHangupRequested;
        _handler = handler;
        handler.OnStart(metadata);
        _writer.EnqueueControl(BrowserOutboundMessage.State(BrowserCallState.Listening, callId: _callId));
        return new BrowserAudioPacer(handler, _writer).RunAsync(cancellationToken);
    }

    private PlayoutMark LastHeard
    {
        get
        {
            lock (_markLock)
                return _lastHeard;
        }
    }

    private void OnClearRequested() => _writer.RequestFlush();

    private void OnHangupRequested() => HangUp("the agent ended the call");

    private void HangUp(string reason) =>
        BeginServerClose(WebSocketCloseStatus.NormalClosure, reason, BrowserOutboundMessage.State(BrowserCallState.Ended, reason));

    /// <summary>Starts our side of the close once (first reason wins); the receive loop then drains until the caller's close frame.</summary>
    private void BeginServerClose(WebSocketCloseStatus status, string reason, byte[]? lastMessage = null)
    {
        if (!SetEndReason(reason))
            return;
        lastMessage ??= BrowserOutboundMessage.State(
            status == WebSocketCloseStatus.NormalClosure ? BrowserCallState.Ended : BrowserCallState.Error, reason);
        _serverClose = _writer.CloseAsync(status, reason, lastMessage, CancellationToken.None);
        _receiveCancel.CancelAfter(CloseHandshakeTimeout); // a caller that never answers the close is cut off
    }

    private bool SetEndReason(string reason) => Interlocked.CompareExchange(ref _endReason, reason, null) is null;

    private async Task FinishAsync(CancellationTokenSource loops, Task control, Task pacer)
    {
        await loops.CancelAsync().ConfigureAwait(false);
        await IgnoreEndAsync(control).ConfigureAwait(false);
        await IgnoreEndAsync(pacer).ConfigureAwait(false);
        await IgnoreEndAsync(_serverClose).ConfigureAwait(false);
        // The caller closed first: complete the handshake (a no-op when we already sent our close).
        await IgnoreEndAsync(_writer.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", null, CancellationToken.None)).ConfigureAwait(false);
        if (_handler is { } handler)
        {
            handler.ClearRequested -= OnClearRequested;
            handler.HangupRequested -= OnHangupRequested;
            handler.OnStop(_endReason ?? "ended");
            (handler as IDisposable)?.Dispose();
        }
        _receiveCancel.Dispose();
    }

    private static async Task IgnoreEndAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket is gone or we stopped it: nothing left to tell the caller.
        }
    }
}
