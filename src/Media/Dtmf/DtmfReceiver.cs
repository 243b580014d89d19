using MediaCore.Media.Rtp;

namespace MediaCore.Media.Dtmf;

/// <summary>
/// Turns RFC 4733 telephone-event packets into digits, each reported exactly once. An event is identified by its
/// RTP timestamp (§2.5.2.1): updates and the three retransmitted end packets share it, so anything carrying an
/// already-reported (or older) timestamp is ignored. A digit is reported at its first end packet; if all end packets are
/// lost it is reported when <see cref="Poll"/> sees no packet for the timeout, or when a new event starts.
/// Reported digits queue in a small fixed ring read with <see cref="TryGetDigit"/>; nothing allocates per packet.
/// </summary>
public sealed class DtmfReceiver
{
    private const int QueueCapacity = 8;

    private readonly TimeSpan _endTimeout;
    private readonly DtmfDigitEvent[] _queue = new DtmfDigitEvent[QueueCapacity];
    private int _queueHead;
    private int _queueCount;

    private bool _active;
    private byte _event;
    private uint _timestamp;
    private ushort _duration;
    private TimeSpan _lastPacketAt;
    private bool _haveReported;
    private uint _lastReportedTimestamp;

    /// <param name="endTimeout">Silence after which an event without an end packet is considered over.</param>
    public DtmfReceiver(TimeSpan endTimeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(endTimeout, TimeSpan.Zero);
        _endTimeout = endTimeout;
    }

    public DtmfReceiver()
        : this(TimeSpan.FromMilliseconds(200))
    {
    }

    /// <summary>Digits dropped because the queue was full (the caller did not drain it).</summary>
    public long DigitsDropped { get; private set; }

    /// <summary>Payloads too short to hold an event block.</summary>
    public long MalformedPackets { get; private set; }

    /// <summary>Feeds one telephone-event RTP packet (already matched on payload type).</summary>
    public void OnPacket(in RtpHeader header, ReadOnlySpan<byte> payload, TimeSpan now)
    {
        if (!TelephoneEvent.TryParse(payload, out var telephoneEvent, out _))
        {
            MalformedPackets++;
            return;
        }
        if (_haveReported && (int)(header.Timestamp - _lastReportedTimestamp) <= 0)
            return;   // a retransmitted end or a late packet of a digit already reported (serial-number compare).
        if (_active && header.Timestamp != _timestamp)
            Report(endReceived: false);
        if (!_active)
            Begin(header.Timestamp, telephoneEvent.Event);
        _duration = Math.Max(_duration, telephoneEvent.Duration);
        _lastPacketAt = now;
        if (telephoneEvent.End)
            Report(endReceived: true);
    }

    /// <summary>Reports an event whose end packets were all lost once <paramref name="now"/> passes the timeout.</summary>
    public void Poll(TimeSpan now)
    {
        if (_active && now - _lastPacketAt >= _endTimeout)
            Report(endReceived: false);
    }

    public bool TryGetDigit(out DtmfDigitEvent digit)
    {
        if (_queueCount == 0)
        {
            digit = default;
            return false;
        }
        digit = _queue[_queueHead];
        _queueHead = (_queueHead + 1) % QueueCapacity;
        _queueCount--;
        return true;
    }

    private void Begin(uint timestamp, byte eventCode)
    {
        _active = true;
        _timestamp = timestamp;
        _event = eventCode;
        _duration = 0;
    }

    private void Report(bool endReceived)
    {
        _active = false;
        _haveReported = true;
        _lastReportedTimestamp = _timestamp;
        if (_queueCount == QueueCapacity)
        {
            DigitsDropped++;
            return;
        }
        _queue[(_queueHead + _queueCount) % QueueCapacity] = new DtmfDigitEvent(DtmfDigits.ToDigit(_event), _event, _timestamp, _duration, endReceived);
        _queueCount++;
    }
}
