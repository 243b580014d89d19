namespace MediaCore.Media.Jitter;

/// <summary>A snapshot of <see cref="AdaptiveJitterBuffer"/> counters.</summary>
public readonly record struct JitterBufferStatistics(
    long Received,
    long Late,
    long Duplicates,
    long TooLarge,
    long Lost,
    long Concealed,
    long Discarded,
    long Inserted,
    long Resyncs,
    TimeSpan CurrentDelay,
    TimeSpan TargetDelay,
    TimeSpan JitterEstimate);
