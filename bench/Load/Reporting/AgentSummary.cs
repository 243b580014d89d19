using System.Globalization;
using System.Text;
using MediaCore.Bench.Load.Analysis;

namespace MediaCore.Bench.Load.Reporting;

/// <summary>The agent scenario's part of summary.md: per batch, what the caller waited and where the time went; cold vs warm.</summary>
public static class AgentSummary
{
    public static void Append(StringBuilder sb, LoadReport report)
    {
        var o = report.Options;
        sb.AppendLine().AppendLine("## Agent turns").AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{o.Turns} caller lines per call{(o.BargeIn ? $", every second one spoken over the bot's reply {o.TalkOverAfterMs:0} ms after it started" : "")}; fake LLM first token {o.LlmTtftMs:0} ms. Response = the caller's last audible packet sent → the first audible bot packet received. Server stages are the server's own per-turn report (control API), p50.").AppendLine();
        sb.AppendLine("| target | calls | turns (no reply) | response p50/p90/p99 ms | end of turn + network p50 ms | server STT / LLM first token / TTS first audio / other / total p50 ms | barge-ins (server decided) | onset → decision p50/p99 ms | decision → last bot packet p50/p99 ms | pacing p99 ms | setup p50 ms | server CPU % mean/max | RSS MB max |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var target in report.Targets)
            foreach (var step in target.Steps)
            {
                var s = step.Summary;
                double total = Stage(s, "total");
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {target.Name} | {s.Concurrency} | {s.Turns} ({s.TurnsUnanswered}) | {F(s.ResponseLatencyMs.P50)} / {F(s.ResponseLatencyMs.P90)} / {F(s.ResponseLatencyMs.P99)} | {Wait(s.ResponseLatencyMs.P50 - total)} | {F(Stage(s, "stt"))} / {F(Stage(s, "brain"))} / {F(Stage(s, "tts"))} / {F(Stage(s, "other"))} / {F(total)} | {s.BargeInsAttempted} ({s.ServerBargeIns?.ToString(CultureInfo.InvariantCulture) ?? "–"}) | {F(s.BargeInDecisionMs.P50)} / {F(s.BargeInDecisionMs.P99)} | {F(s.BargeInStopMs.P50)} / {F(s.BargeInStopMs.P99)} | {F(s.PacingDeviationMs.P99)} | {F(s.SetupMs.P50)} | {F(s.Server.CpuPercentMean, "0")} / {F(s.Server.CpuPercentMax, "0")} | {F(s.Server.RssMegabytesMax, "0")} |");
            }
        sb.AppendLine();
        foreach (var target in report.Targets.Where(t => t.Steps.Count > 0))
        {
            var warm = target.Steps[0].Summary;
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- **Cold vs warm ({target.Name})**: process start → ready {F(target.StartupMs / 1000, "0.0")} s; first call after start: setup {F(target.ColdStart?.SetupMs.P50)} ms, response {F(target.ColdStart?.ResponseLatencyMs.P50)} ms (server total {F(target.ColdStart is { } c ? Stage(c, "total") : null)} ms); later calls ({warm.Concurrency} concurrent): setup p50 {F(warm.SetupMs.P50)} ms, response p50 {F(warm.ResponseLatencyMs.P50)} ms.");
        }
    }

    /// <summary>Negative when the server's replies lag the caller's turns (overload: a late reply is heard during a later turn).</summary>
    private static string Wait(double ms) => ms < 0 ? "< 0 (replies lag turns)" : F(ms);

    private static double Stage(LoadSummary s, string name) =>
        s.ServerStagesMs.TryGetValue(name, out var d) && d.Count > 0 ? d.P50 : double.NaN;

    private static string F(double? value, string format = "0") =>
        value is double v && double.IsFinite(v) ? v.ToString(format, CultureInfo.InvariantCulture) : "–";
}
