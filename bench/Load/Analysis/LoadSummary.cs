namespace MediaCore.Bench.Load.Analysis;

/// <summary>The figures of one batch of concurrent calls against one target (milliseconds unless named otherwise).</summary>
public sealed record LoadSummary
{
    public required string Target { get; init; }
    public required int Concurrency { get; init; }
    public int Calls { get; init; }
    public int Answered { get; init; }
    public int Failed { get; init; }
    public IReadOnlyDictionary<string, int> FailureReasons { get; init; } = new Dictionary<string, int>();
    public required Distribution SetupMs { get; init; }
    /// <summary>Per caller turn when calls have several turns (agent), else per call.</summary>
    public required Distribution ResponseLatencyMs { get; init; }

    /// <summary>Caller turns with speech, and those the bot did not answer before the next turn (agent scenario).</summary>
    public int Turns { get; init; }
    public int TurnsUnanswered { get; init; }
    public required Distribution EchoTailMs { get; init; }
    public required Distribution BargeInStopMs { get; init; }
    /// <summary>Caller talk-over onset → the server's barge-in decision (when the server reports decisions).</summary>
    public Distribution BargeInDecisionMs { get; init; } = Distribution.Empty;
    public int BargeInsAttempted { get; init; }
    public int BargeInsNotStopped { get; init; }
    public required Distribution PacingDeviationMs { get; init; }

    /// <summary>The load generator's own send pacing (all calls): the floor under <see cref="PacingDeviationMs"/>.</summary>
    public required Distribution CallerPacingDeviationMs { get; init; }
    public long PacketsSent { get; init; }
    public long PacketsReceived { get; init; }
    public long PacketsExpected { get; init; }
    public long PacketsLost { get; init; }
    public double LossRatio { get; init; }
    public long OutOfOrder { get; init; }
    public long Duplicates { get; init; }
    public double DurationSeconds { get; init; }
    public required ResourceSummary Server { get; init; }

    /// <summary>The first call's setup (cold: caches, JIT, pools) against the median of the rest (warm).</summary>
    public double? ColdSetupMs { get; init; }
    public double? WarmSetupMs { get; init; }

    /// <summary>
    /// The server's own per-turn split (agent scenario, from its control API): stt, brain (LLM first token), tts (first
    /// audio), other (queueing, hand-off), total (its end of speech → first frame to the media plane). Empty when unknown.
    /// </summary>
    public IReadOnlyDictionary<string, Distribution> ServerStagesMs { get; init; } = new Dictionary<string, Distribution>();

    /// <summary>Barge-ins the server reported deciding on these calls (agent scenario; null when unknown).</summary>
    public int? ServerBargeIns { get; init; }

    public IReadOnlyList<CallMetrics> PerCall { get; init; } = [];

    public static LoadSummary Of(string target, int concurrency, IReadOnlyList<CallMetrics> calls, IEnumerable<double> pacing,
        IEnumerable<double> callerPacing, double durationSeconds, ResourceSummary server)
    {
        long expected = calls.Sum(c => c.PacketsExpected);
        long lost = calls.Sum(c => c.PacketsLost);
        var bargeIns = calls.SelectMany(c => c.BargeIns).ToList();
        var setups = calls.OrderBy(c => c.Index).Where(c => c.SetupMs is not null).Select(c => c.SetupMs!.Value).ToList();
        return new LoadSummary
        {
            Target = target,
            Concurrency = concurrency,
            Calls = calls.Count,
            Answered = calls.Count(c => c.Status is >= 200 and < 300),
            Failed = calls.Count(c => c.Failure is not null),
            FailureReasons = calls.Where(c => c.Failure is not null).GroupBy(c => c.Failure!).ToDictionary(g => g.Key, g => g.Count()),
            SetupMs = Distribution.Of(setups),
            ResponseLatencyMs = calls.Any(c => c.TurnResponseMs.Count > 1)
                ? Distribution.Of(calls.SelectMany(c => c.TurnResponseMs).Where(r => r is not null).Select(r => r!.Value))
                : Distribution.Of(calls.Where(c => c.ResponseLatencyMs is not null).Select(c => c.ResponseLatencyMs!.Value)),
            Turns = calls.Sum(c => c.TurnResponseMs.Count),
            TurnsUnanswered = calls.Sum(c => c.TurnResponseMs.Count(r => r is null)),
            EchoTailMs = Distribution.Of(calls.Where(c => c.EchoTailMs is not null).Select(c => c.EchoTailMs!.Value)),
            BargeInStopMs = Distribution.Of(bargeIns.Where(b => b.StopLatencyMs is not null).Select(b => b.StopLatencyMs!.Value)),
            BargeInDecisionMs = Distribution.Of(bargeIns.Where(b => b.DecisionMs is not null).Select(b => b.DecisionMs!.Value - b.OnsetMs)),
            BargeInsAttempted = bargeIns.Count,
            BargeInsNotStopped = bargeIns.Count(b => !b.BotStopped),
            PacingDeviationMs = Distribution.Of(pacing),
            CallerPacingDeviationMs = Distribution.Of(callerPacing),
            PacketsSent = calls.Sum(c => (long)c.PacketsSent),
            PacketsReceived = calls.Sum(c => (long)c.PacketsReceived),
            PacketsExpected = expected,
            PacketsLost = lost,
            LossRatio = expected == 0 ? 0 : (double)lost / expected,
            OutOfOrder = calls.Sum(c => (long)c.OutOfOrder),
            Duplicates = calls.Sum(c => (long)c.Duplicates),
            DurationSeconds = durationSeconds,
            Server = server,
            ColdSetupMs = setups.Count > 0 ? setups[0] : null,
            WarmSetupMs = setups.Count > 1 ? Distribution.Of(setups.Skip(1)).P50 : null,
            PerCall = calls,
        };
    }
}
