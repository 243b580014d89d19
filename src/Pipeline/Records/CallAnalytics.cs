namespace MediaCore.Pipeline.Records;

/// <summary>
/// One tenant's calls started in [From, To). Latencies are per bot turn (end of caller speech → first bot audio),
/// nearest-rank percentiles, null when no turn carried a latency.
/// </summary>
public sealed record CallAnalytics
{
    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public int Calls { get; init; }
    /// <summary>Over finished calls only.</summary>
    public TimeSpan? AverageDuration { get; init; }
    public IReadOnlyDictionary<CallOutcome, int> Outcomes { get; init; } = new Dictionary<CallOutcome, int>();
    /// <summary>Entities extracted, by kind.</summary>
    public IReadOnlyDictionary<string, int> Extractions { get; init; } = new Dictionary<string, int>();
    public double? LatencyP50Ms { get; init; }
    public double? LatencyP90Ms { get; init; }
    public double? LatencyP99Ms { get; init; }
}
