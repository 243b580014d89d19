namespace MediaCore.Bench.Load.Analysis;

/// <summary>Server CPU and RSS over a window (a run or a ramp step). Pid 0 / no samples when nothing was sampled.</summary>
public sealed record ResourceSummary(int Pid, int Samples, double CpuPercentMean, double CpuPercentMax, double RssMegabytesMean, double RssMegabytesMax)
{
    public static ResourceSummary None { get; } = new(0, 0, double.NaN, double.NaN, double.NaN, double.NaN);

    public static ResourceSummary Of(int pid, IReadOnlyList<ResourceSample> samples) =>
        samples.Count == 0
            ? None with { Pid = pid }
            : new ResourceSummary(pid, samples.Count, samples.Average(s => s.CpuPercent), samples.Max(s => s.CpuPercent),
                samples.Average(s => s.RssMegabytes), samples.Max(s => s.RssMegabytes));
}
