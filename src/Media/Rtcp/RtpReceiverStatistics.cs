namespace MediaCore.Media.Rtcp;

/// <summary>
/// Reception statistics for one RTP source, as RFC 3550 Appendix A computes them: sequence validation with
/// probation and cycle counting (A.1), expected/lost/fraction lost (A.3), interarrival jitter (A.8), and the
/// LSR/DLSR pair from the last received Sender Report. Feeds one <see cref="RtcpReportBlock"/> per report interval.
/// Time is passed in (a monotonic clock reading) so the class is deterministic and testable.
/// </summary>
public sealed class RtpReceiverStatistics
{
    private const int SequenceModulus = 1 << 16;
    private const int MaxDropout = 3000;
    private const int MaxMisorder = 100;
    private const int JitterShift = 4;           // J is kept ×16, as the A.8 integer form does.
    private const int JitterRounding = 8;

    private readonly int _clockRate;
    private readonly int _minSequential;

    private ushort _maxSeq;
    private uint _cycles;
    private uint _baseSeq;
    private uint _badSeq;
    private int _probation;
    private uint _expectedPrior;
    private long _receivedPrior;
    private uint _lastTransit;
    private bool _haveTransit;
    private uint _scaledJitter;
    private uint _lastSenderReport;
    private TimeSpan _lastSenderReportArrival;
    private bool _started;

    /// <param name="minSequential">Packets in sequence before a new source is believed (A.1 uses 2; 0 trusts the first).</param>
    public RtpReceiverStatistics(uint ssrc, int clockRate, int minSequential = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(clockRate);
        ArgumentOutOfRangeException.ThrowIfNegative(minSequential);
        Ssrc = ssrc;
        _clockRate = clockRate;
        _minSequential = minSequential;
    }

    public uint Ssrc { get; }

    /// <summary>Valid packets counted (duplicates included, as in A.3).</summary>
    public long PacketsReceived { get; private set; }

    /// <summary>Packets rejected by sequence validation (probation, large jumps).</summary>
    public long PacketsRejected { get; private set; }

    /// <summary>Cycle count (×65536) plus highest sequence number seen.</summary>
    public uint ExtendedHighestSequence => _cycles + _maxSeq;

    public uint PacketsExpected => _started && _probation == 0 ? ExtendedHighestSequence - _baseSeq + 1 : 0;

    /// <summary>Expected minus received; negative with duplicates (A.3).</summary>
    public long CumulativeLost => _started && _probation == 0 ? PacketsExpected - PacketsReceived : 0;

    /// <summary>Interarrival jitter in RTP timestamp units.</summary>
    public uint Jitter => _scaledJitter >> JitterShift;

    /// <summary>Records one packet; false when A.1 validation does not accept it (yet).</summary>
    public bool OnPacket(ushort sequenceNumber, uint rtpTimestamp, TimeSpan arrival)
    {
        bool accepted = _started ? UpdateSequence(sequenceNumber) : StartSource(sequenceNumber);
        if (!accepted)
        {
            PacketsRejected++;
            return false;
        }
        UpdateJitter(rtpTimestamp, arrival);
        return true;
    }

    /// <summary>Remembers the middle 32 bits of an SR's NTP timestamp and when it arrived, for LSR/DLSR.</summary>
    public void OnSenderReport(ulong ntpTimestamp, TimeSpan arrival)
    {
        _lastSenderReport = NtpTime.ToCompact(ntpTimestamp);
        _lastSenderReportArrival = arrival;
    }

    /// <summary>Builds the report block for this source and starts a new fraction-lost interval.</summary>
    public RtcpReportBlock CreateReportBlock(TimeSpan now)
    {
        uint expected = PacketsExpected;
        uint expectedInterval = expected - _expectedPrior;
        long receivedInterval = PacketsReceived - _receivedPrior;
        _expectedPrior = expected;
        _receivedPrior = PacketsReceived;
        long lostInterval = expectedInterval - receivedInterval;
        byte fraction = expectedInterval == 0 || lostInterval <= 0 ? (byte)0 : (byte)((lostInterval << 8) / expectedInterval);
        uint dlsr = _lastSenderReport == 0 ? 0 : NtpTime.ToCompactDuration(now - _lastSenderReportArrival);
        int lost = (int)Math.Clamp(CumulativeLost, RtcpReportBlock.MinCumulativeLost, RtcpReportBlock.MaxCumulativeLost);
        return new RtcpReportBlock(Ssrc, fraction, lost, ExtendedHighestSequence, Jitter, _lastSenderReport, dlsr);
    }

    // A.1: a new source starts on probation with max_seq = seq − 1; with no probation it counts at once.
    private bool StartSource(ushort sequenceNumber)
    {
        _started = true;
        InitSequence(sequenceNumber);
        if (_minSequential == 0)
        {
            PacketsReceived++;
            return true;
        }
        _maxSeq = (ushort)(sequenceNumber - 1);
        _probation = _minSequential;
        return UpdateProbation(sequenceNumber);
    }

    // A.1 init_seq.
    private void InitSequence(ushort sequenceNumber)
    {
        _baseSeq = sequenceNumber;
        _maxSeq = sequenceNumber;
        _badSeq = SequenceModulus + 1;
        _cycles = 0;
        PacketsReceived = 0;
        _receivedPrior = 0;
        _expectedPrior = 0;
    }

    // A.1 update_seq, line for line.
    private bool UpdateSequence(ushort sequenceNumber)
    {
        ushort delta = (ushort)(sequenceNumber - _maxSeq);
        if (_probation > 0)
            return UpdateProbation(sequenceNumber);
        if (delta < MaxDropout)
        {
            if (sequenceNumber < _maxSeq)
                _cycles += SequenceModulus;
            _maxSeq = sequenceNumber;
        }
        else if (delta <= SequenceModulus - MaxMisorder)
        {
            if (sequenceNumber != _badSeq)
            {
                _badSeq = (uint)(sequenceNumber + 1) & (SequenceModulus - 1);
                return false;
            }
            InitSequence(sequenceNumber);   // two sequential packets after a big jump: the source restarted.
            _haveTransit = false;
        }
        PacketsReceived++;
        return true;
    }

    private bool UpdateProbation(ushort sequenceNumber)
    {
        if (sequenceNumber != (ushort)(_maxSeq + 1))
        {
            _probation = _minSequential - 1;
            _maxSeq = sequenceNumber;
            return false;
        }
        _probation--;
        _maxSeq = sequenceNumber;
        if (_probation > 0)
            return false;
        InitSequence(sequenceNumber);
        PacketsReceived++;
        return true;
    }

    // A.8: D = (Rj − Ri) − (Sj − Si) in timestamp units; J += (|D| − J) / 16, kept ×16 to stay in integers.
    private void UpdateJitter(uint rtpTimestamp, TimeSpan arrival)
    {
        uint arrivalUnits = (uint)(long)(arrival.Ticks * (double)_clockRate / TimeSpan.TicksPerSecond);
        uint transit = arrivalUnits - rtpTimestamp;
        if (_haveTransit)
        {
            int d = (int)(transit - _lastTransit);
            uint magnitude = d < 0 ? (uint)-d : (uint)d;
            _scaledJitter = (uint)(_scaledJitter + magnitude - ((_scaledJitter + JitterRounding) >> JitterShift));
        }
        _lastTransit = transit;
        _haveTransit = true;
    }
}
