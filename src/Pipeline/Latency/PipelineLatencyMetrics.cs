namespace MediaCore.Pipeline.Latency;

/// <summary>One histogram per <see cref="LatencyStage"/>, shared by every call of a server (thread-safe).</summary>
public sealed class PipelineLatencyMetrics : ILatencyMetrics
{
    private readonly LatencyHistogram[] _stages = Enum.GetValues<LatencyStage>().Select(_ => new LatencyHistogram()).ToArray();

    public void Record(LatencyStage stage, TimeSpan value) => _stages[(int)stage].Record(value);

    public LatencySummary Summarize(LatencyStage stage) => _stages[(int)stage].Summarize();
}
