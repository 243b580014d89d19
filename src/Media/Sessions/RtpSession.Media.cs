using System.Diagnostics;
using MediaCore.Media.Codecs;
using MediaCore.Media.Codecs.Opus;
using MediaCore.Media.Dtmf;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Jitter;
using MediaCore.Media.Resampling;
using MediaCore.Media.Rtp;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Sessions;

/// <summary>Per-call media state, allocated once in <see cref="Start"/>, and the 20 ms tick.</summary>
public sealed partial class RtpSession
{
    // One Opus packet may declare up to 120 ms; size the decode buffer for that at the highest rate.
    private const int MaxDecodedSamples = SampleRates.Fullband * OpusDecoder.MaxPacketMilliseconds / 1000;
    private const int MaxPacketBytes = 1500;
    private const int InterDigitGapTicks = 3;

    private IAudioEncoder? _encoder;
    private IAudioDecoder? _decoder;
    private OpusDecoder? _opusDecoder;
    private AdaptiveJitterBuffer? _jitter;
    private Resampler? _inboundResampler;
    private Resampler? _outboundResampler;
    private DtmfSender? _dtmfSender;
    private DtmfReceiver? _dtmfReceiver;
    private short[] _codecPcm = [];
    private short[] _handlerPcm = [];
    private byte[] _payload = [];
    private byte[] _packet = [];
    private int _codecFrameSamples;
    private int _handlerFrameSamples;
    private int _timestampStep;
    private byte _payloadType;

    private ushort _sequence;
    private uint _timestamp;
    private bool _talkspurtStart = true;
    private int _dtmfGapTicks;
    private long _lastSendTickIndex = long.MinValue;
    private long _lastSendTimestamp;
    private readonly DurationHistogram _outboundSpacing = new();
    private long _packetsSent;
    private long _octetsSent;
    private long _sendErrors;
    private long _decodeErrors;

    private long _lastRtpTimestamp;
    private volatile bool _everReceived;
    private bool _timedOut;
    private TimeSpan _nextRtcpAt;

    private void PrepareMedia(MediaDescription remote, ICallAudioHandler handler)
    {
        var codec = remote.Codec;
        int handlerRate = handler.SampleRate;
        int pcmRate = SessionCodecs.PcmRate(codec, handlerRate);
        _encoder = SessionCodecs.CreateEncoder(codec, pcmRate, _options.OpusBitrate);
        _decoder = SessionCodecs.CreateDecoder(codec, pcmRate);
        _opusDecoder = _decoder as OpusDecoder;
        _jitter = new AdaptiveJitterBuffer(_options.JitterBuffer with { ClockRate = codec.ClockRate });
        _codecFrameSamples = AudioFrame.SamplesPerFrame(pcmRate);
        _handlerFrameSamples = AudioFrame.SamplesPerFrame(handlerRate);
        if (pcmRate != handlerRate)
        {
            _inboundResampler = new Resampler(pcmRate, handlerRate);
            _outboundResampler = new Resampler(handlerRate, pcmRate);
        }
        _codecPcm = new short[MaxDecodedSamples];
        _handlerPcm = new short[MaxDecodedSamples * 2];
        _payload = new byte[MaxPacketBytes];
        _packet = new byte[MaxPacketBytes];
        _rtcpBuffer = new byte[MaxPacketBytes];
        _timestampStep = codec.TimestampUnitsPerFrame;
        _payloadType = codec.PayloadType;
        _sequence = (ushort)Random.Shared.Next(ushort.MaxValue + 1);  // random initial values, RFC 3550 §5.1
        _timestamp = (uint)Random.Shared.NextInt64(uint.MaxValue);
        if (remote.TelephoneEventPayloadType is byte eventType)
        {
            _dtmfSender = new DtmfSender(eventType, Ssrc, remote.EffectiveTelephoneEventClockRate);
            _dtmfReceiver = new DtmfReceiver();
        }
        _rtpLatch = new SymmetricLatch(remote.RemoteRtp);
        _rtcpLatch = remote.RtcpMux ? _rtpLatch : new SymmetricLatch(remote.EffectiveRemoteRtcp);
        _lastRtpTimestamp = Stopwatch.GetTimestamp();
        _nextRtcpAt = Now + _options.RtcpInterval;
    }

    void IMediaTickHandler.OnTick(in FrameTick tick)
    {
        lock (_tickGate)
        {
            if (Volatile.Read(ref _state) != 1)
                return;
            var now = Now;
            PlayInbound(now);
            SendOutbound(tick.Index);
            CheckMediaTimeout();
            if (now >= _nextRtcpAt)
            {
                _nextRtcpAt = now + _options.RtcpInterval;
                SendReport(now);
            }
        }
    }

    private void PlayInbound(TimeSpan now)
    {
        int decoded;
        lock (_mediaLock)
        {
            decoded = DecodeNextFrame();
            _dtmfReceiver?.Poll(now);
            DrainReceivedDigits();
        }
        ReadOnlySpan<short> pcm = _codecPcm.AsSpan(0, decoded);
        if (_inboundResampler is not null)
        {
            int resampled = _inboundResampler.Process(pcm, _handlerPcm);
            pcm = _handlerPcm.AsSpan(0, resampled);
        }
        _handler!.OnInboundFrame(pcm, _handler.SampleRate);
    }

    /// <summary>One playout tick: decode, or conceal (Opus in-band FEC when the next packet is here, else PLC).</summary>
    private int DecodeNextFrame()
    {
        var frame = _jitter!.Get();
        var pcm = _codecPcm.AsSpan();
        switch (frame.Kind)
        {
            case JitterFrameKind.Audio:
                int samples = _decoder!.Decode(frame.Payload, pcm);
                if (samples >= 0)
                    return samples;
                _decodeErrors++;
                return Conceal();
            case JitterFrameKind.Lost when _opusDecoder is not null && !frame.NextPayload.IsEmpty:
                int recovered = _opusDecoder.DecodeFec(frame.NextPayload, pcm);
                return recovered > 0 ? recovered : Conceal();
            case JitterFrameKind.Lost:
            case JitterFrameKind.Underflow:
                return Conceal();
            default:
                pcm[.._codecFrameSamples].Clear();
                return _codecFrameSamples;
        }
    }

    private int Conceal()
    {
        var frame = _codecPcm.AsSpan(0, _codecFrameSamples);
        int written = _decoder!.Conceal(frame);
        if (written < frame.Length)
            frame[Math.Max(0, written)..].Clear();
        return frame.Length;
    }

    private void SendOutbound(long tickIndex)
    {
        var handlerFrame = _handlerPcm.AsSpan(0, _handlerFrameSamples);
        bool hasAudio = !_onHold && _handler!.FillOutboundFrame(handlerFrame);
        if (_onHold || TrySendDtmf(tickIndex) || (!hasAudio && _options.SuppressSilence))
        {
            _talkspurtStart = true;   // whatever comes next starts a new talkspurt
            _timestamp += (uint)_timestampStep;
            return;
        }
        if (!hasAudio)
            handlerFrame.Clear();
        int payloadLength = _encoder!.Encode(ToCodecRate(handlerFrame), _payload);
        if (payloadLength >= 0)
            SendAudioPacket(payloadLength, tickIndex);
        _timestamp += (uint)_timestampStep;
    }

    private ReadOnlySpan<short> ToCodecRate(Span<short> handlerFrame)
    {
        if (_outboundResampler is null)
            return handlerFrame;
        var codecFrame = _codecPcm.AsSpan(0, _codecFrameSamples);
        int written = _outboundResampler.Process(handlerFrame, _codecPcm);
        if (written < codecFrame.Length)
            codecFrame[written..].Clear();
        return codecFrame;
    }

    private void SendAudioPacket(int payloadLength, long tickIndex)
    {
        var header = new RtpHeader(_payloadType, _sequence++, _timestamp, Ssrc, Marker: _talkspurtStart);
        new RtpPacket(header, _payload.AsSpan(0, payloadLength)).TryWrite(_packet, out int written);
        _talkspurtStart = false;
        if (SendRtp(_packet.AsSpan(0, written), payloadLength))
            RecordOutboundSpacing(tickIndex);
    }

    /// <summary>While a digit is being sent its event packets replace audio (RFC 4733 §2.5.1.1).</summary>
    private bool TrySendDtmf(long tickIndex)
    {
        var sender = _dtmfSender;
        if (sender is null)
            return false;
        if (!sender.IsSending)
        {
            if (_dtmfGapTicks > 0)
            {
                _dtmfGapTicks--;
                return false;
            }
            if (!_pendingDigits.TryDequeue(out char digit))
                return false;
            sender.Start(digit, _timestamp, _options.DtmfDuration);
        }
        if (sender.TryWriteNext(_packet, _sequence, out int written))
        {
            _sequence++;
            SendRtp(_packet.AsSpan(0, written), written - RtpPacket.FixedHeaderSize);
        }
        if (!sender.IsSending)
            _dtmfGapTicks = InterDigitGapTicks;
        _lastSendTickIndex = long.MinValue;
        return true;
    }

    private bool SendRtp(ReadOnlySpan<byte> datagram, int payloadLength)
    {
        try
        {
            _sockets.Rtp.SendTo(datagram, System.Net.Sockets.SocketFlags.None, _rtpLatch!.SendTarget);
            Volatile.Write(ref _packetsSent, _packetsSent + 1);
            Volatile.Write(ref _octetsSent, _octetsSent + payloadLength);
            return true;
        }
        catch (System.Net.Sockets.SocketException)
        {
            Interlocked.Increment(ref _sendErrors);
            return false;
        }
    }

    // Only consecutive ticks count: a gap after DTMF or suppressed silence is not a pacing error.
    private void RecordOutboundSpacing(long tickIndex)
    {
        long now = Stopwatch.GetTimestamp();
        if (tickIndex == _lastSendTickIndex + 1)
            _outboundSpacing.Record((Stopwatch.GetElapsedTime(_lastSendTimestamp, now) - FrameClock.DefaultPeriod).Duration());
        _lastSendTickIndex = tickIndex;
        _lastSendTimestamp = now;
    }

    private void CheckMediaTimeout()
    {
        if (_onHold || _timedOut)
            return;
        if (Stopwatch.GetElapsedTime(Volatile.Read(ref _lastRtpTimestamp)) < _options.MediaTimeout)
            return;
        _timedOut = true;
        Raise(MediaTimedOut, _everReceived ? MediaTimeoutReason.MediaStopped : MediaTimeoutReason.NoMediaReceived);
    }

    private void DrainReceivedDigits()
    {
        if (_dtmfReceiver is null)
            return;
        while (_dtmfReceiver.TryGetDigit(out var digit))
        {
            _dtmfDigitsReceived++;
            Raise(DtmfReceived, digit);
        }
    }
}
