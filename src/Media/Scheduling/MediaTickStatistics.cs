namespace MediaCore.Media.Scheduling;

/// <summary>One tick thread's counters: ticks run, ticks late or skipped, lateness and time spent in handlers per tick.</summary>
public sealed record MediaTickStatistics(
    int ThreadIndex,
    int HandlerCount,
    long Ticks,
    long LateTicks,
    long MissedTicks,
    long FaultedHandlers,
    DurationSummary Lateness,
    DurationSummary HandlerTimePerTick);
