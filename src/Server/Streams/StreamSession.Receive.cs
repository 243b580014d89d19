using System.Buffers.Text;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using MediaCore.Server.Streams.Audio;
using MediaCore.Server.Streams.Wire;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Streams;

public sealed partial class StreamSession
{
    private short[] _callerFrame = [];
    private short[] _callerPcm = [];
    private int _callerFill;
    private bool _stopReceived;

    private async Task<string> ReceiveLoopAsync(byte[] receive, byte[] scratch, byte[] decoded, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (type, length) = await ReceiveMessageAsync(receive, cancellationToken).ConfigureAwait(false);
            if (type == WebSocketMessageType.Close)
                return await AcknowledgeCloseAsync(cancellationToken).ConfigureAwait(false);
            StreamFault? fault = length < 0 ? new StreamFault(WebSocketCloseStatus.MessageTooBig, $"message larger than {_maxMessageBytes} bytes")
                : type == WebSocketMessageType.Binary ? new StreamFault(WebSocketCloseStatus.InvalidMessageType, "binary messages are not part of the protocol")
                : Dispatch(receive.AsSpan(0, length), receive.AsMemory(0, length), scratch, decoded);
            if (fault is { } closing)
            {
                await CloseAsync(closing, cancellationToken).ConfigureAwait(false);
                return closing.Reason;
            }
            if (_stopReceived)
            {
                await CloseAsync(new StreamFault(WebSocketCloseStatus.NormalClosure, "stop"), cancellationToken).ConfigureAwait(false);
                return "provider sent stop";
            }
        }
    }

    /// <summary>Reads one whole message; length -1 when it outgrows the buffer.</summary>
    private async ValueTask<(WebSocketMessageType Type, int Length)> ReceiveMessageAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var used = 0;
        var limit = Math.Min(buffer.Length, _maxMessageBytes);
        while (true)
        {
            if (used == limit)
                return (WebSocketMessageType.Text, -1);
            var result = await _socket.ReceiveAsync(buffer.AsMemory(used, limit - used), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
                return (WebSocketMessageType.Close, 0);
            used += result.Count;
            if (result.EndOfMessage)
                return (result.MessageType, used);
        }
    }

    private async Task<string> AcknowledgeCloseAsync(CancellationToken cancellationToken)
    {
        var reason = _endReason ?? $"provider closed the socket ({_socket.CloseStatus} {_socket.CloseStatusDescription})";
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
        return reason;
    }

    private StreamFault? Dispatch(ReadOnlySpan<byte> json, ReadOnlyMemory<byte> jsonMemory, Span<byte> scratch, Span<byte> decoded)
    {
        if (!StreamMessageReader.TryRead(json, _protocol.Names, scratch, out var message, out var error))
            return StreamFault.BadData(error switch
            {
                StreamParseError.MalformedJson => "malformed JSON",
                StreamParseError.NotAnObject => "message is not a JSON object",
                StreamParseError.MissingEvent => "message without event",
                _ => "field of the wrong JSON type",
            });
        var kind = _protocol.Classify(message.Event);
        return kind switch
        {
            StreamEventKind.Media => OnMedia(in message, decoded),
            StreamEventKind.Start => OnStartMessage(jsonMemory),
            StreamEventKind.Dtmf => OnDtmfMessage(in message),
            StreamEventKind.MarkPlayed => OnMarkMessage(in message),
            StreamEventKind.Stop => OnStopMessage(),
            StreamEventKind.Unknown => OnUnknown(in message),
            _ => null,
        };
    }

    private StreamFault? OnStartMessage(ReadOnlyMemory<byte> json)
    {
        if (Metadata is not null)
        {
            _logger.LogWarning("Stream {StreamId}: second start ignored", Metadata.StreamId);
            return null;
        }
        using var document = JsonDocument.Parse(json);
        var started = _protocol.ReadStart(document.RootElement, _query);
        if (started.Metadata is not { } metadata)
            return StreamFault.Policy(started.Error ?? "unreadable start");
        var tenant = _tenants.Resolve(metadata);
        if (string.IsNullOrEmpty(tenant))
            return StreamFault.Policy($"no tenant serves '{metadata.To}'");
        BeginCall(metadata with { TenantId = tenant });
        return null;
    }

    private StreamFault? OnMedia(in StreamMessage message, Span<byte> decoded)
    {
        if (Metadata is not { } metadata)
            return StreamFault.Policy("media before start");
        if (!message.HasPayload)
            return StreamFault.BadData("media without payload");
        if (message.Track.SequenceEqual("outbound"u8))
            return null;   // a both-tracks stream also forks our own audio back: not caller speech
        var status = Base64.DecodeFromUtf8(message.Payload, decoded, out _, out var written);
        if (status != System.Buffers.OperationStatus.Done)
            return StreamFault.BadData("invalid base64 payload");
        var samples = StreamAudioCodec.SampleCount(metadata.Format, written);
        if (samples < 0)
            return StreamFault.BadData("payload is not a whole number of samples");
        if (samples > _callerPcm.Length)
            _callerPcm = new short[samples];
        StreamAudioCodec.Decode(metadata.Format, decoded[..written], _callerPcm);
        DeliverCallerAudio(_callerPcm.AsSpan(0, samples), metadata.SampleRate);
        return null;
    }

    // Providers send 20 ms (Twilio, Plivo) or ~100 ms (Exotel) chunks; the handler always gets 20 ms frames.
    private void DeliverCallerAudio(ReadOnlySpan<short> pcm, int sampleRate)
    {
        while (!pcm.IsEmpty)
        {
            var take = Math.Min(pcm.Length, _callerFrame.Length - _callerFill);
            pcm[..take].CopyTo(_callerFrame.AsSpan(_callerFill));
            _callerFill += take;
            pcm = pcm[take..];
            if (_callerFill < _callerFrame.Length)
                return;
            _handler?.OnCallerAudio(_callerFrame, sampleRate);
            _callerFill = 0;
        }
    }

    private StreamFault? OnDtmfMessage(in StreamMessage message)
    {
        if (message.Digit.Length == 1 && IsDtmfDigit((char)message.Digit[0]))
            _handler?.OnDtmf((char)message.Digit[0]);
        else
            _logger.LogDebug("Stream {StreamId}: DTMF without a valid digit ignored", Metadata?.StreamId);
        return null;
    }

    private StreamFault? OnMarkMessage(in StreamMessage message)
    {
        if (Playout is { } playout && MarkNames.TryParseId(message.MarkName, out var id) && playout.TryAcknowledge(id, out var mark))
            _handler?.OnMarkPlayed(mark);
        return null;
    }

    private StreamFault? OnStopMessage()
    {
        _stopReceived = true;
        return null;
    }

    private StreamFault? OnUnknown(in StreamMessage message)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
            _logger.LogDebug("Stream {StreamId}: unknown event '{Event}' ignored", Metadata?.StreamId, Encoding.UTF8.GetString(message.Event));
        return null;
    }

    private void PrepareFrames(StreamAudioFormat format)
    {
        _callerFrame = new short[format.SamplesPerFrame];
        _callerPcm = new short[format.SamplesPerFrame * 10];
        _callerFill = 0;
    }

    private static bool IsDtmfDigit(char c) => c is (>= '0' and <= '9') or '*' or '#' or (>= 'A' and <= 'D');
}
