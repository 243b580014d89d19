namespace MediaCore.Media.Rtp;

/// <summary>
/// Extends 32-bit RTP timestamps to 64 bits: each value is placed within ±2^31 of the highest seen, so the
/// wrap after 2^32 ticks (about 6 days at 8 kHz, 25 hours at 48 kHz) and reordering around it are handled.
/// </summary>
public struct RtpTimestampUnwrapper
{
    private long _highest;
    private bool _started;

    public readonly bool HasValue => _started;

    public readonly long Highest => _highest;

    public long Unwrap(uint timestamp)
    {
        if (!_started)
        {
            _started = true;
            _highest = timestamp;
            return _highest;
        }
        long extended = _highest + (int)(timestamp - (uint)_highest);
        if (extended > _highest)
            _highest = extended;
        return extended;
    }

    public void Reset() => this = default;
}
