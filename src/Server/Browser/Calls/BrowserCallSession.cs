using System.Buffers.Binary;
using System.Net.WebSockets;

namespace MediaCore.Server.Browser;

/// <summary>
/// One browser call on an accepted WebSocket: waits for {"type":"start"}, creates the handler, feeds it caller
/// frames from the receive loop while <see cref="BrowserAudioPacer"/> streams bot audio back, and ends on hangup
/// (either side), socket loss, bad input or the call time limit. Every end goes through <see cref="BeginServerClose"/>
/// or the caller's close frame, so the page always learns why. Nothing here touches other calls.
/// </summary>
internal sealed class BrowserCallSession : IStreamCallControl
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

    private readonly WebSocket _socket;
    private readonly TenantSummary _tenant;
    private readonly BrowserCallHandlerFactory _factory;
    private readonly BrowserDemoOptions _options;
    private readonly BrowserSocketWriter _writer;
    private readonly byte[] _receiveBuffer = new byte[BrowserWire.MaxMessageBytes];
    private readonly short[] _callerFrame = new short[BrowserWire.FrameSamples];
    private readonly CancellationTokenSource _receiveCancel = new();
    private readonly string _callId = "browser-" + Guid.NewGuid().ToString("N")[..12];
    private IStreamCallHandler? _handler;
    private string? _endReason;
    private Task _serverClose = Task.CompletedTask;

    public BrowserCallSession(WebSocket socket, TenantSummary tenant, BrowserCallHandlerFactory factory, BrowserDemoOptions options)
    {
        _socket = socket;
        _tenant = tenant;
        _factory = factory;
        _options = options;
        _writer = new BrowserSocketWriter(socket);
    }

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var loops = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        using var receive = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _receiveCancel.Token);
        using var startDeadline = new Timer(_ => BeginServerClose(WebSocketCloseStatus.PolicyViolation, "no start message within 10 s"),
            null, StartTimeout, Timeout.InfiniteTimeSpan);
        using var callDeadline = new Timer(_ => Hangup("the demo call time limit was reached"),
            null, _options.MaxCallDuration, Timeout.InfiniteTimeSpan);
        var control = _writer.RunControlLoopAsync(loops.Token);
        Task pacer = Task.CompletedTask;
        _writer.EnqueueControl(BrowserOutboundMessage.State(BrowserCallState.Connecting, callId: _callId));
        try
        {
            await ReceiveLoopAsync(startDeadline, () => pacer = StartCall(loops.Token), receive.Token).ConfigureAwait(false);
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

    public void Clear() => _writer.RequestFlush();

    public void Hangup(string reason) =>
        BeginServerClose(WebSocketCloseStatus.NormalClosure, reason, BrowserOutboundMessage.State(BrowserCallState.Ended, reason));

    private Task StartCall(CancellationToken cancellationToken)
    {
        _handler = _factory(new BrowserCallContext(_tenant, new BrowserCallEvents(_writer), this));
        _handler.OnStart(new StreamCallMetadata(_callId, _tenant.Id, "browser", BrowserWire.SampleRate, BrowserWire.FrameSamples));
        _writer.EnqueueControl(BrowserOutboundMessage.State(BrowserCallState.Listening, callId: _callId));
        return new BrowserAudioPacer(_handler, _writer).RunAsync(cancellationToken);
    }

    private async Task ReceiveLoopAsync(Timer startDeadline, Action start, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (type, count) = await ReceiveMessageAsync(cancellationToken).ConfigureAwait(false);
            if (type == WebSocketMessageType.Close)
            {
                SetEndReason("caller closed the connection");
                return;
            }
            if (_endReason is not null)
                continue; // closing: drain until the caller's close frame
            if (count < 0)
                BeginServerClose(WebSocketCloseStatus.MessageTooBig, $"message over {BrowserWire.MaxMessageBytes} bytes");
            else if (type == WebSocketMessageType.Binary)
                OnBinary(count);
            else if (OnText(count))
            {
                startDeadline.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
                start();
            }
        }
    }

    private void OnBinary(int count)
    {
        if (_handler is null)
        {
            BeginServerClose(WebSocketCloseStatus.PolicyViolation, "send {\"type\":\"start\"} before audio");
            return;
        }
        if (count != BrowserWire.FrameBytes)
        {
            BeginServerClose(WebSocketCloseStatus.InvalidPayloadData,
                $"audio frames must be {BrowserWire.FrameBytes} bytes (20 ms of 16 kHz PCM16), got {count}");
            return;
        }
        for (var i = 0; i < _callerFrame.Length; i++)
            _callerFrame[i] = BinaryPrimitives.ReadInt16LittleEndian(_receiveBuffer.AsSpan(i * sizeof(short)));
        _handler.OnCallerAudio(_callerFrame, BrowserWire.SampleRate);
    }

    /// <summary>Handles a control message; true when it was a valid start (the caller then starts the call).</summary>
    private bool OnText(int count)
    {
        if (!BrowserInboundMessage.TryParse(_receiveBuffer.AsSpan(0, count), out var message, out var error))
        {
            BeginServerClose(WebSocketCloseStatus.InvalidPayloadData, "invalid control message: " + error);
            return false;
        }
        switch (message.Kind)
        {
            case BrowserInboundKind.Start when _handler is not null:
                BeginServerClose(WebSocketCloseStatus.PolicyViolation, "the call has already started");
                return false;
            case BrowserInboundKind.Start when message.Tenant != _tenant.Id:
                BeginServerClose(WebSocketCloseStatus.PolicyViolation, "start names a different tenant than the URL");
                return false;
            case BrowserInboundKind.Start:
                return true;
            case BrowserInboundKind.Hangup:
                BeginServerClose(WebSocketCloseStatus.NormalClosure, "caller hung up",
                    BrowserOutboundMessage.State(BrowserCallState.Ended, "caller hung up"));
                return false;
            case BrowserInboundKind.Dtmf when _handler is null:
                BeginServerClose(WebSocketCloseStatus.PolicyViolation, "send {\"type\":\"start\"} before DTMF");
                return false;
            default:
                _handler?.OnDtmf(message.Digit);
                return false;
        }
    }

    /// <summary>Reads one whole message into the buffer: its type and length, or length −1 when it does not fit.</summary>
    private async ValueTask<(WebSocketMessageType Type, int Count)> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var count = 0;
        while (true)
        {
            if (count == _receiveBuffer.Length)
            {
                await SkipRestOfMessageAsync(cancellationToken).ConfigureAwait(false);
                return (WebSocketMessageType.Binary, -1);
            }
            var result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(count), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
                return (WebSocketMessageType.Close, 0);
            count += result.Count;
            if (result.EndOfMessage)
                return (result.MessageType, count);
        }
    }

    private async ValueTask SkipRestOfMessageAsync(CancellationToken cancellationToken)
    {
        ValueWebSocketReceiveResult result;
        do
            result = await _socket.ReceiveAsync(_receiveBuffer.AsMemory(), cancellationToken).ConfigureAwait(false);
        while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);
    }

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
        if (_handler is not null)
        {
            _handler.OnStop(_endReason ?? "ended");
            (_handler as IDisposable)?.Dispose();
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
