namespace MediaCore.Bench.Load.Reporting;

/// <summary>The JSON root of a run: what was run, against what, every figure, and the charts written.</summary>
public sealed record LoadReport
{
    public required string Scenario { get; init; }
    public required DateTimeOffset StartedUtc { get; init; }
    public required string Machine { get; init; }
    public required LoadOptions Options { get; init; }
    public required IReadOnlyList<TargetResult> Targets { get; init; }

    /// <summary>MediaCore ÷ SIPp echo at the highest concurrency both ran (pacing p99, loss, setup p50, response p50, CPU mean).</summary>
    public IReadOnlyDictionary<string, double> OverheadVersusSipp { get; init; } = new Dictionary<string, double>();
    public int? OverheadConcurrency { get; init; }

    /// <summary>Per-stage latency for the stacked chart. Placeholder stages until the agent pipeline reports its own.</summary>
    public IReadOnlyList<StageTiming> Stages { get; init; } = [];
    public IReadOnlyList<string> Charts { get; init; } = [];
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>One stage's share of the response latency for one target (ms).</summary>
public sealed record StageTiming(string Target, string Stage, double Milliseconds, bool Placeholder);
