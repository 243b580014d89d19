namespace MediaCore.Pipeline.Latency;

/// <summary>Per-stage latency percentiles across calls, for the metrics/control API.</summary>
public interface ILatencyMetrics
{
    LatencySummary Summarize(LatencyStage stage);
}
