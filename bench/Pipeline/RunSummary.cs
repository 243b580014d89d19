namespace MediaCore.Bench.Pipeline;

/// <summary>The figures of one run (N concurrent calls).</summary>
public sealed record RunSummary(
    int Calls,
    int TurnsScripted,
    int TurnsMeasured,
    Stat ResponseMs,
    Stat CallerHeardMs,
    StageBreakdown Stages,
    BargeInSummary BargeIn,
    double OutboundPacingP50Ms,
    double OutboundPacingP99Ms,
    double OutboundPacingMaxMs)
{
    public static RunSummary From(IReadOnlyList<CallRecord> calls, int turnsPerCall)
    {
        var turns = calls.SelectMany(CallAnalysis.Turns).ToList();
        var bargeIns = calls.SelectMany(CallAnalysis.BargeIns).ToList();
        var pacing = calls.Select(c => c.ServerRtp).OfType<MediaCore.Media.Sessions.RtpSessionStatistics>()
            .Select(s => s.OutboundSpacingDeviation).ToList();
        return new RunSummary(calls.Count, calls.Count * turnsPerCall, turns.Count,
            Stat.Of(turns.Select(t => t.ResponseMs)), Stat.Of(turns.Select(t => t.CallerHeardMs)),
            StageBreakdown.From(turns),
            new BargeInSummary(bargeIns.Count, Stat.Of(bargeIns.Select(b => b.ServerStopMs)), Stat.Of(bargeIns.Select(b => b.CallerStopMs))),
            pacing.Count == 0 ? double.NaN : pacing.Max(p => p.P50.TotalMilliseconds),
            pacing.Count == 0 ? double.NaN : pacing.Max(p => p.P99.TotalMilliseconds),
            pacing.Count == 0 ? double.NaN : pacing.Max(p => p.Max.TotalMilliseconds));
    }
}

/// <summary>Per-stage percentiles of the turns: they add up to the response time.</summary>
public sealed record StageBreakdown(Stat EndOfTurnWaitMs, Stat SttFinalMs, Stat BrainFirstTokenMs, Stat FirstTtsAudioMs, Stat FirstRtpOutMs)
{
    public static StageBreakdown From(IReadOnlyList<TurnSample> turns) => new(
        Stat.Of(turns.Select(t => t.EndOfTurnWaitMs)), Stat.Of(turns.Select(t => t.SttFinalMs)),
        Stat.Of(turns.Select(t => t.BrainFirstTokenMs)), Stat.Of(turns.Select(t => t.FirstTtsAudioMs)),
        Stat.Of(turns.Select(t => t.FirstRtpOutMs)));
}

/// <summary>Decision → last bot packet sent by the server, and → last bot frame the caller heard.</summary>
public sealed record BargeInSummary(int Count, Stat ServerStopMs, Stat CallerStopMs);
