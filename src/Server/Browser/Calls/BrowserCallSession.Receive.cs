using System.Buffers.Binary;
using System.Net.WebSockets;
using MediaCore.Server.Streams;

namespace MediaCore.Server.Browser;

internal sealed partial class BrowserCallSession
{
    private readonly byte[] _receiveBuffer = new byte[BrowserWire.MaxMessageBytes];
    private readonly short[] _callerFrame = new short[BrowserWire.FrameSamples];
    private long _markId;

    private async Task ReceiveLoopAsync(Action start, CancellationToken cancellationToken)
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
                start();
        }
    }

    private void OnBinary(int count)
    {
        if (_handler is not { } handler)
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
        handler.OnCallerAudio(_callerFrame, BrowserWire.SampleRate);
    }

    /// <summary>Handles a control message; true when it was a valid start (the caller then starts the call).</summary>
    private bool OnText(int count)
    {
        if (!BrowserInboundMessage.TryParse(_receiveBuffer.AsSpan(0, count), out var message, out var error))
        {
            BeginServerClose(WebSocketCloseStatus.InvalidPayloadData, "invalid control message: " + error);
            return false;
        }
        if (message.Kind == BrowserInboundKind.Start)
            return CheckStart(message);
        if (message.Kind == BrowserInboundKind.Hangup)
        {
            HangUp("caller hung up");
            return false;
        }
        if (_handler is not { } handler)
        {
            BeginServerClose(WebSocketCloseStatus.PolicyViolation, $"send {{\"type\":\"start\"}} before {message.Kind}");
            return false;
        }
        if (message.Kind == BrowserInboundKind.Dtmf)
            handler.OnDtmf(message.Digit);
        else
            OnPlayed(handler, message.PlayedSamples);
        return false;
    }

    private bool CheckStart(BrowserInboundMessage message)
    {
        if (_handler is not null)
            BeginServerClose(WebSocketCloseStatus.PolicyViolation, "the call has already started");
        else if (message.Tenant != _tenant.Id)
            BeginServerClose(WebSocketCloseStatus.PolicyViolation, "start names a different tenant than the URL");
        else
            return true;
        return false;
    }

    /// <summary>The page's playout mark: it can only move forward and never past what we sent.</summary>
    private void OnPlayed(IStreamCallHandler handler, long samples)
    {
        var last = LastHeard;
        if (samples < last.PlayedSamples || samples > _writer.AudioFramesSent * BrowserWire.FrameSamples)
        {
            BeginServerClose(WebSocketCloseStatus.InvalidPayloadData, $"played position {samples} is out of range");
            return;
        }
        if (samples == last.PlayedSamples)
            return;
        var mark = new PlayoutMark(++_markId, samples, BrowserWire.SampleRate);
        lock (_markLock)
            _lastHeard = mark;
        handler.OnMarkPlayed(mark);
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
}
