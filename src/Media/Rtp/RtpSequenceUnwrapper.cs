namespace MediaCore.Media.Rtp;

/// <summary>
/// Extends 16-bit RTP sequence numbers to 64 bits. Each number is placed at the distance closest to the highest
/// one seen so far (within ±32768), so a packet reordered across the wrap (65535 arriving after 0) lands one cycle
/// below rather than one cycle ahead, and the highest never moves backwards. This is the cycle counting of
/// RFC 3550 Appendix A.1 without its probation, which <see cref="MediaCore.Media.Rtcp.RtpReceiverStatistics"/> adds.
/// The first value maps to itself; a packet reordered before it may map below zero.
/// </summary>
public struct RtpSequenceUnwrapper
{
    private long _highest;
    private bool _started;

    public readonly bool HasValue => _started;

    /// <summary>The highest extended sequence number returned so far.</summary>
    public readonly long Highest => _highest;

    public long Unwrap(ushort sequenceNumber)
    {
        if (!_started)
        {
            _started = true;
            _highest = sequenceNumber;
            return _highest;
        }
        long extended = _highest + (short)(sequenceNumber - (ushort)_highest);
        if (extended > _highest)
            _highest = extended;
        return extended;
    }

    public void Reset() => this = default;
}
