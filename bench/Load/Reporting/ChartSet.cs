using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Charts;

namespace MediaCore.Bench.Load.Reporting;

/// <summary>The charts of a run: response-latency CDF, per-stage stacked bars, capacity ramp, pacing CDF.</summary>
public static class ChartSet
{
    public const string LatencyCdf = "latency-cdf.png";
    public const string PacingCdf = "pacing-cdf.png";
    public const string Stages = "stages.png";
    public const string CapacityRamp = "capacity-ramp.png";

    public static IEnumerable<(string Name, byte[] Png)> Render(LoadReport report)
    {
        var lastSteps = report.Targets.Where(t => t.Steps.Count > 0).Select(t => (t.Name, Step: t.Steps[^1].Summary)).ToList();
        yield return (LatencyCdf, ChartRenderer.LineChart(report.Scenario == "agent" ? "RESPONSE LATENCY CDF (EVERY TURN)" : "RESPONSE LATENCY CDF",
            "MS FROM END OF CALLER SPEECH", "FRACTION", LatencySeries(report, lastSteps), yMax: 1));
        yield return (PacingCdf, ChartRenderer.LineChart("PER-CALL PACING P99 CDF", "MS DEVIATION FROM 20 MS", "FRACTION",
            lastSteps.Select(s => new ChartSeries(s.Name, ChartRenderer.Cdf(s.Step.PerCall.Select(c => c.PacingDeviation.P99)))).ToList(), yMax: 1));
        var targets = report.Stages.Select(s => s.Target).Distinct().ToList();
        var stageNames = report.Stages.Select(s => s.Stage).Distinct().ToList();
        yield return (Stages, ChartRenderer.StackedBars("LATENCY BY STAGE (MS)", "MS", targets,
            stageNames.Select(n => (n, (IReadOnlyList<double>)targets.Select(t =>
                report.Stages.Where(s => s.Target == t && s.Stage == n).Sum(s => s.Milliseconds)).ToList())).ToList()));
        var ramp = new List<ChartSeries>();
        foreach (var t in report.Targets)
        {
            ramp.Add(new ChartSeries(t.Name + " PACING P99 MS", t.Steps.Select(s => ((double)s.Summary.Concurrency, s.Summary.PacingDeviationMs.P99)).ToList()));
            ramp.Add(new ChartSeries(t.Name + " LOSS %", t.Steps.Select(s => ((double)s.Summary.Concurrency, s.Summary.LossRatio * 100)).ToList()));
        }
        yield return (CapacityRamp, ChartRenderer.LineChart("CAPACITY RAMP", "CONCURRENT CALLS", "MS / %", ramp));
    }

    /// <summary>Media: one series per target (its last step). Agent: one per batch, over every turn's response.</summary>
    private static List<ChartSeries> LatencySeries(LoadReport report, List<(string Name, LoadSummary Step)> lastSteps)
    {
        if (report.Scenario != "agent")
            return lastSteps.Select(s => new ChartSeries(s.Name, ChartRenderer.Cdf(s.Step.PerCall.Where(c => c.ResponseLatencyMs is not null)
                .Select(c => c.ResponseLatencyMs!.Value)))).ToList();
        return report.Targets.SelectMany(t => t.Steps.Select(step => new ChartSeries($"{t.Name} X{step.Summary.Concurrency}",
            ChartRenderer.Cdf(step.Summary.PerCall.SelectMany(c => c.TurnResponseMs).Where(r => r is not null).Select(r => r!.Value))))).ToList();
    }
}
