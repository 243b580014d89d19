namespace MediaCore.Media.Scheduling;

/// <summary>
/// A fixed-size histogram of durations (lateness, handler time, packet-spacing deviation) with 0.1 ms buckets up to
/// 100 ms plus one overflow bucket. Recording is a couple of integer operations and never allocates. One writer;
/// readers on other threads get a slightly stale but never torn picture of each counter (64-bit reads are atomic on x64
/// and the counters only grow).
/// </summary>
public sealed class DurationHistogram
{
    public static readonly TimeSpan BucketWidth = TimeSpan.FromTicks(TimeSpan.TicksPerMillisecond / 10);
    public const int BucketCount = 1000;

    private readonly long[] _buckets = new long[BucketCount + 1]; // the last bucket holds everything ≥ 100 ms
    private long _count;
    private long _sumTicks;
    private long _maxTicks;

    public long Count => Volatile.Read(ref _count);

    public TimeSpan Max => TimeSpan.FromTicks(Volatile.Read(ref _maxTicks));

    public TimeSpan Mean => Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(Volatile.Read(ref _sumTicks) / Count);

    public void Record(TimeSpan value)
    {
        long ticks = Math.Max(0, value.Ticks);
        int bucket = (int)Math.Min(BucketCount, ticks / BucketWidth.Ticks);
        Volatile.Write(ref _buckets[bucket], _buckets[bucket] + 1);
        Volatile.Write(ref _sumTicks, _sumTicks + ticks);
        if (ticks > _maxTicks)
            Volatile.Write(ref _maxTicks, ticks);
        Volatile.Write(ref _count, _count + 1);
    }

    /// <summary>The upper edge of the bucket holding the <paramref name="percentile"/> (0–100) value; overflow reports the max.</summary>
    public TimeSpan Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100.0);
        long total = Count;
        if (total == 0)
            return TimeSpan.Zero;
        long rank = Math.Max(1, (long)Math.Ceiling(total * percentile / 100.0));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += Volatile.Read(ref _buckets[i]);
            if (seen >= rank)
                return TimeSpan.FromTicks(Math.Min((i + 1) * BucketWidth.Ticks, Volatile.Read(ref _maxTicks)));
        }
        return Max;
    }

    /// <summary>A copy of the headline numbers.</summary>
    public DurationSummary Summarize() => new(Count, Mean, Percentile(50), Percentile(99), Max);
}
