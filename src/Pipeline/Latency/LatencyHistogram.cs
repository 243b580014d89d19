namespace MediaCore.Pipeline.Latency;

/// <summary>
/// A fixed-size, thread-safe histogram of latencies: 1 ms buckets up to 10 s plus an overflow bucket. Recording is
/// two interlocked increments; any number of calls record at once.
/// </summary>
public sealed class LatencyHistogram
{
    public const int BucketCount = 10_000;

    private readonly long[] _buckets = new long[BucketCount + 1];
    private long _count;
    private long _maxTicks;

    public long Count => Interlocked.Read(ref _count);

    public void Record(TimeSpan value)
    {
        long ticks = Math.Max(0, value.Ticks);
        int bucket = (int)Math.Min(BucketCount, ticks / TimeSpan.TicksPerMillisecond);
        Interlocked.Increment(ref _buckets[bucket]);
        long max;
        while (ticks > (max = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, ticks, max) != max)
        {
        }
        Interlocked.Increment(ref _count);
    }

    /// <summary>The upper edge of the bucket holding the <paramref name="percentile"/> (0–100); overflow reports the max.</summary>
    public TimeSpan Percentile(double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(percentile, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100.0);
        long count = Count;
        if (count == 0)
            return TimeSpan.Zero;
        long rank = Math.Max(1, (long)Math.Ceiling(count * percentile / 100.0));
        long seen = 0;
        for (int i = 0; i < BucketCount; i++)
        {
            seen += Interlocked.Read(ref _buckets[i]);
            if (seen >= rank)
                return TimeSpan.FromMilliseconds(i + 1);
        }
        return TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks));
    }

    public LatencySummary Summarize() =>
        new(Count, Percentile(50), Percentile(90), Percentile(99), TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks)));
}
