using MediaCore.Bench.Load.Calls;

namespace MediaCore.Bench.Load.Analysis;

/// <summary>
/// Hook: when the server decided to stop talking (from its log or metrics, mapped to this machine's Stopwatch clock).
/// Until `mediacore serve` publishes that, no source is configured and stop latency is measured from the onset of the
/// caller's talk-over (an upper bound that includes the server's VAD decision time).
/// </summary>
public interface IBargeInDecisionSource
{
    /// <summary>Stopwatch timestamp of the server's decision for talk-over <paramref name="talkOverIndex"/>, or null if unknown.</summary>
    long? DecisionTimestamp(CallRecord call, int talkOverIndex);
}
