namespace MediaCore.Media.Jitter;

/// <summary>
/// Configuration of <see cref="AdaptiveJitterBuffer"/>. Every packet is assumed to carry one frame of
/// <see cref="FrameDuration"/> (telephony ptime 20 ms); the buffer plays by sequence number.
/// </summary>
public sealed record JitterBufferOptions
{
    /// <summary>RTP clock rate of the stream (8000 for G.711, 48000 for Opus).</summary>
    public int ClockRate { get; init; } = 8000;

    public TimeSpan FrameDuration { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Lowest target delay. The buffer never aims below it, even on a perfect network.</summary>
    public TimeSpan MinDelay { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>Highest delay: a hard cap; older frames are discarded to stay under it.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Largest payload stored; slots are preallocated at this size (Opus tops out at 1275 bytes).</summary>
    public int MaxPayloadSize { get; init; } = 1500;

    /// <summary>Target ≈ one frame + <c>JitterMultiplier</c> × the RFC 3550 A.8 interarrival jitter estimate.</summary>
    public double JitterMultiplier { get; init; } = 4.0;

    /// <summary>The target shrinks by at most one frame per this interval (grows at once).</summary>
    public TimeSpan ShrinkInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>At least this many frames between two drop/insert corrections (limits time-scaling to 1/N).</summary>
    public int AdjustIntervalFrames { get; init; } = 10;

    internal int FrameTicks => (int)(ClockRate * FrameDuration.Ticks / TimeSpan.TicksPerSecond);

    internal int MinFrames => Math.Max(1, (int)Math.Ceiling(MinDelay / FrameDuration));

    internal int MaxFrames => Math.Max(MinFrames, (int)(MaxDelay / FrameDuration));

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ClockRate);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(FrameDuration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPayloadSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDelay, MinDelay);
        ArgumentOutOfRangeException.ThrowIfNegative(JitterMultiplier);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(AdjustIntervalFrames);
    }
}
