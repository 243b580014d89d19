namespace MediaCore.Pipeline.Latency;

/// <summary>Percentiles of one stage (bucket upper edges, 1 ms resolution).</summary>
public readonly record struct LatencySummary(long Count, TimeSpan P50, TimeSpan P90, TimeSpan P99, TimeSpan Max)
{
    public override string ToString() =>
        $"n={Count} p50={P50.TotalMilliseconds:F0}ms p90={P90.TotalMilliseconds:F0}ms p99={P99.TotalMilliseconds:F0}ms max={Max.TotalMilliseconds:F0}ms";
}
