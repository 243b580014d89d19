namespace MediaCore.Media.Jitter;

/// <summary>
/// A snapshot of <see cref="AdaptiveJitterBuffer"/> counters. Lost: packets skipped as missing. Concealed: frames
/// the caller had to conceal (Lost + Underflow outputs). Discarded: frames dropped to shorten the delay.
/// Inserted: deliberate stretch frames (counted in Concealed too).
/// </summary>
public readonly record struct JitterBufferStatistics(
    long Received,
    long Late,
    long Duplicates,
    long TooLarge,
    long Lost,
    long Concealed,
    long Discarded,
    long Inserted,
    long Strays,
    long Resyncs,
    TimeSpan CurrentDelay,
    TimeSpan TargetDelay,
    TimeSpan JitterEstimate);
