namespace MediaCore.Media.Scheduling;

/// <summary>The headline numbers of a <see cref="DurationHistogram"/>.</summary>
public readonly record struct DurationSummary(long Count, TimeSpan Mean, TimeSpan P50, TimeSpan P99, TimeSpan Max)
{
    public override string ToString() =>
        $"n={Count} mean={Mean.TotalMilliseconds:F2}ms p50={P50.TotalMilliseconds:F2}ms p99={P99.TotalMilliseconds:F2}ms max={Max.TotalMilliseconds:F2}ms";
}
