using System.Globalization;
using System.Text;

namespace MediaCore.Bench.Pipeline;

/// <summary>The JSON written to pipeline.json: the concurrent run, the one-call baseline and their ratios.</summary>
public sealed record PipelineReport(
    string Command,
    DateTime StartedUtc,
    double DurationSeconds,
    string Engines,
    RunSummary Single,
    RunSummary Concurrent,
    ConcurrencyRatios Ratios)
{
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"| figure | 1 call | {Concurrent.Calls} calls | ratio |"));
        md.AppendLine("|---|---:|---:|---:|");
        Row(md, "turns measured / scripted", $"{Single.TurnsMeasured}/{Single.TurnsScripted}", $"{Concurrent.TurnsMeasured}/{Concurrent.TurnsScripted}", "");
        StatRows(md, "response (caller speech end → first bot RTP)", Single.ResponseMs, Concurrent.ResponseMs, Ratios.ResponseP50, Ratios.ResponseP95);
        StatRows(md, "  end-of-turn wait (VAD silence)", Single.Stages.EndOfTurnWaitMs, Concurrent.Stages.EndOfTurnWaitMs);
        StatRows(md, "  STT final", Single.Stages.SttFinalMs, Concurrent.Stages.SttFinalMs);
        StatRows(md, "  brain first token", Single.Stages.BrainFirstTokenMs, Concurrent.Stages.BrainFirstTokenMs);
        StatRows(md, "  first TTS audio", Single.Stages.FirstTtsAudioMs, Concurrent.Stages.FirstTtsAudioMs);
        StatRows(md, "  first RTP packet out", Single.Stages.FirstRtpOutMs, Concurrent.Stages.FirstRtpOutMs);
        StatRows(md, "caller heard reply", Single.CallerHeardMs, Concurrent.CallerHeardMs);
        Row(md, "barge-ins", Single.BargeIn.Count.ToString(CultureInfo.InvariantCulture), Concurrent.BargeIn.Count.ToString(CultureInfo.InvariantCulture), "");
        Row(md, "barge-in stop p99, server (decision → last packet sent) ms", Ms(Single.BargeIn.ServerStopMs.P99), Ms(Concurrent.BargeIn.ServerStopMs.P99), "");
        Row(md, "barge-in stop p99, caller (decision → last bot frame heard) ms", Ms(Single.BargeIn.CallerStopMs.P99), Ms(Concurrent.BargeIn.CallerStopMs.P99), "");
        Row(md, "outbound pacing p50 (worst call) ms", Ms(Single.OutboundPacingP50Ms, "F2"), Ms(Concurrent.OutboundPacingP50Ms, "F2"), "");
        Row(md, "outbound pacing p99 (worst call) ms", Ms(Single.OutboundPacingP99Ms, "F2"), Ms(Concurrent.OutboundPacingP99Ms, "F2"), Ms(Ratios.PacingP99, "F2"));
        return md.ToString();
    }

    private static void StatRows(StringBuilder md, string name, Stat single, Stat concurrent, double p50Ratio = double.NaN, double p95Ratio = double.NaN)
    {
        Row(md, name + " p50 ms", Ms(single.P50), Ms(concurrent.P50), double.IsNaN(p50Ratio) ? "" : Ms(p50Ratio, "F2"));
        Row(md, name + " p95 ms", Ms(single.P95), Ms(concurrent.P95), double.IsNaN(p95Ratio) ? "" : Ms(p95Ratio, "F2"));
    }

    private static void Row(StringBuilder md, string name, string single, string concurrent, string ratio) =>
        md.AppendLine($"| {name} | {single} | {concurrent} | {ratio} |");

    private static string Ms(double value, string format = "F0") => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}

/// <summary>N concurrent calls over one call (1.0 = no degradation).</summary>
public sealed record ConcurrencyRatios(double PacingP99, double ResponseP50, double ResponseP95)
{
    public static ConcurrencyRatios Of(RunSummary single, RunSummary concurrent) => new(
        concurrent.OutboundPacingP99Ms / single.OutboundPacingP99Ms,
        concurrent.ResponseMs.P50 / single.ResponseMs.P50,
        concurrent.ResponseMs.P95 / single.ResponseMs.P95);
}
