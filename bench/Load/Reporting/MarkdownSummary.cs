using System.Globalization;
using System.Text;
using MediaCore.Bench.Load.Analysis;

namespace MediaCore.Bench.Load.Reporting;

/// <summary>The human-readable summary.md: one table row per target and step, then overhead and notes.</summary>
public static class MarkdownSummary
{
    public static string Render(LoadReport report)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"# Load run: {report.Scenario} ({report.StartedUtc:yyyy-MM-dd HH:mm} UTC)");
        string calls = report.Scenario == "agent"
            ? $"{report.Options.Turns} caller lines per call (flite kal), calls answered by a real `mediacore serve` process"
            : $"{report.Options.CallSeconds} s per call, {report.Options.SpeechSeconds} s caller speech";
        sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"Machine: {report.Machine}. Codec {report.Options.Codec}, {calls}, {report.Options.CallsPerSecond} calls/s ramp.").AppendLine();
        sb.AppendLine("| target | calls | ok | failed | setup p50/p99 ms | response p50/p90/p99 ms | echo tail p50/p99 ms | pacing p50/p99/max ms | bench send p99 ms | loss % | out-of-order | barge-in stop p50/p99 ms | server CPU % mean/max | RSS MB max | verdict |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var target in report.Targets)
            foreach (var step in target.Steps)
            {
                var s = step.Summary;
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {target.Name} | {s.Concurrency} | {s.Answered} | {s.Failed} | {F(s.SetupMs.P50)} / {F(s.SetupMs.P99)} | {F(s.ResponseLatencyMs.P50)} / {F(s.ResponseLatencyMs.P90)} / {F(s.ResponseLatencyMs.P99)} | {F(s.EchoTailMs.P50)} / {F(s.EchoTailMs.P99)} | {F(s.PacingDeviationMs.P50)} / {F(s.PacingDeviationMs.P99)} / {F(s.PacingDeviationMs.Max)} | {F(s.CallerPacingDeviationMs.P99)} | {F(s.LossRatio * 100, "0.###")} | {s.OutOfOrder} | {Stop(s)} | {F(s.Server.CpuPercentMean, "0")} / {F(s.Server.CpuPercentMax, "0")} | {F(s.Server.RssMegabytesMax, "0")} | {step.Verdict} |");
            }
        sb.AppendLine();
        foreach (var target in report.Targets)
            sb.AppendLine(CultureInfo.InvariantCulture, $"- **{target.Name}** ({target.SipAddress}): highest passing concurrency **{target.HighestPassingConcurrency?.ToString(CultureInfo.InvariantCulture) ?? "none"}**; cold-start setup {F(target.ColdStart?.ColdSetupMs ?? target.Steps.FirstOrDefault()?.Summary.ColdSetupMs)} ms (first call on the fresh target), warm setup p50 {F(target.Steps.FirstOrDefault()?.Summary.SetupMs.P50)} ms.");
        if (report.OverheadVersusSipp.Count > 0)
        {
            string ratios = string.Join(", ", report.OverheadVersusSipp.Select(kv => $"{kv.Key} ×{F(kv.Value)}"));
            sb.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"MediaCore ÷ SIPp echo at {report.OverheadConcurrency} calls: {ratios}.");
        }
        if (report.Scenario == "agent")
            AgentSummary.Append(sb, report);
        if (report.Charts.Count > 0)
            sb.AppendLine().AppendLine("Charts: " + string.Join(", ", report.Charts.Select(c => $"[{c}]({c})")));
        if (report.Notes.Count > 0)
        {
            sb.AppendLine().AppendLine("Notes:");
            foreach (var note in report.Notes)
                sb.AppendLine("- " + note);
        }
        return sb.ToString();
    }

    private static string Stop(LoadSummary s) =>
        s.BargeInsAttempted == 0 ? "n/a" : $"{F(s.BargeInStopMs.P50)} / {F(s.BargeInStopMs.P99)} ({s.BargeInsNotStopped} not stopped)";

    private static string F(double? value, string format = "0.##") =>
        value is double v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
