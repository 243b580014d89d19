using MediaCore.Media.Rtp;

namespace MediaCore.Media.Dtmf;

/// <summary>
/// Emits the RTP packets for one DTMF digit as RFC 4733 §2.5.1 prescribes: every packet carries the event's start
/// timestamp; the first has the marker bit; each update carries the duration so far, one packet interval longer;
/// the end packet (E = 1, final duration) is sent three times (§2.5.1.4) so one loss does not lose the digit end.
/// The caller owns sequence numbers (the audio stream's) and pacing: call <see cref="TryWriteNext"/> once per interval.
/// </summary>
public sealed class DtmfSender
{
    public const int EndPacketCopies = 3;
    private const int MillisecondsPerSecond = 1000;

    private readonly byte _payloadType;
    private readonly uint _ssrc;
    private readonly int _clockRate;
    private readonly int _intervalTicks;
    private readonly byte _volume;

    private byte _event;
    private uint _timestamp;
    private int _totalTicks;
    private int _updatesSent;
    private int _endsSent;

    public DtmfSender(byte payloadType, uint ssrc, int clockRate = 8000, int packetIntervalMilliseconds = 20, byte volume = 10)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payloadType, RtpHeader.MaxPayloadType);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(packetIntervalMilliseconds);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(volume, TelephoneEvent.MaxVolume);
        _payloadType = payloadType;
        _ssrc = ssrc;
        _clockRate = clockRate;
        _intervalTicks = clockRate * packetIntervalMilliseconds / MillisecondsPerSecond;
        _volume = volume;
        _endsSent = EndPacketCopies;
    }

    /// <summary>Bytes one event packet needs.</summary>
    public static int PacketSize => RtpPacket.FixedHeaderSize + TelephoneEvent.Size;

    public bool IsSending => _endsSent < EndPacketCopies;

    /// <summary>Starts a digit at RTP <paramref name="timestamp"/> lasting <paramref name="duration"/> (at most 65535 ticks).</summary>
    public void Start(char digit, uint timestamp, TimeSpan duration)
    {
        if (!DtmfDigits.TryGetEvent(digit, out byte eventCode))
            throw new ArgumentOutOfRangeException(nameof(digit), digit, "DTMF digits are 0-9, *, #, A-D.");
        int ticks = (int)Math.Round(duration.TotalSeconds * _clockRate);
        if (ticks < _intervalTicks || ticks > ushort.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "A digit lasts at least one packet interval and at most 65535 timestamp units.");
        _event = eventCode;
        _timestamp = timestamp;
        _totalTicks = ticks;
        _updatesSent = 0;
        _endsSent = 0;
    }

    /// <summary>Writes the next packet of the digit; false when the digit is complete (nothing written).</summary>
    public bool TryWriteNext(Span<byte> destination, ushort sequenceNumber, out int written)
    {
        written = 0;
        if (!IsSending)
            return false;
        if (destination.Length < PacketSize)
            throw new ArgumentException($"A telephone-event packet needs {PacketSize} bytes.", nameof(destination));
        int duration = (_updatesSent + 1) * _intervalTicks;
        bool end = duration >= _totalTicks;
        var telephoneEvent = new TelephoneEvent(_event, end, _volume, (ushort)Math.Min(duration, _totalTicks));
        Span<byte> payload = stackalloc byte[TelephoneEvent.Size];
        telephoneEvent.TryWrite(payload, out _);
        var header = new RtpHeader(_payloadType, sequenceNumber, _timestamp, _ssrc, Marker: _updatesSent == 0 && _endsSent == 0);
        new RtpPacket(header, payload).TryWrite(destination, out written);
        if (end)
            _endsSent++;
        else
            _updatesSent++;
        return true;
    }
}
