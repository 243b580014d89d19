using MediaCore.Bench.Load.Analysis;

namespace MediaCore.Bench.Load.Reporting;

/// <summary>All steps run against one target; the capacity is the highest concurrency whose step passed.</summary>
public sealed record TargetResult(string Name, string SipAddress, IReadOnlyList<StepResult> Steps)
{
    /// <summary>The warm-up calls placed on the fresh target (cold start: JIT, pools, first sockets); null without warm-up.</summary>
    public LoadSummary? ColdStart { get; init; }

    /// <summary>A started server's process start → ready (ms); null for targets the bench did not start.</summary>
    public double? StartupMs { get; init; }

    /// <summary>The highest step such that it and every step below it passed (a fluke pass above a failure does not count).</summary>
    public int? HighestPassingConcurrency => Steps.OrderBy(s => s.Summary.Concurrency).TakeWhile(s => s.Passed)
        .Select(s => (int?)s.Summary.Concurrency).LastOrDefault();
}

/// <summary>One step of a ramp (or the only batch of a smoke/agent run) and whether it met the limits.</summary>
public sealed record StepResult(LoadSummary Summary, bool Passed, string Verdict);
