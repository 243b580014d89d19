namespace MediaCore.Bench.Load.Analysis;

/// <summary>The figures for one call (milliseconds; null where the call gave no sample).</summary>
public sealed record CallMetrics
{
    public required int Index { get; init; }
    public required string CallId { get; init; }
    public int Status { get; init; }
    public string? Failure { get; init; }
    public double? SetupMs { get; init; }
    public double? FirstProvisionalMs { get; init; }
    public int InviteRetransmissions { get; init; }
    public int PacketsSent { get; init; }
    public int PacketsReceived { get; init; }
    public long PacketsExpected { get; init; }
    public long PacketsLost { get; init; }
    public double LossRatio { get; init; }
    public int OutOfOrder { get; init; }
    public int Duplicates { get; init; }
    public int SsrcCount { get; init; }
    public required Distribution PacingDeviation { get; init; }

    /// <summary>The bench's own send spacing deviation from 20 ms: if this is bad, the target's pacing figure is not trustworthy.</summary>
    public required Distribution CallerPacingDeviation { get; init; }
    public double? ResponseLatencyMs { get; init; }

    /// <summary>Response latency of every caller turn with speech (null: the bot did not answer before the next turn).</summary>
    public IReadOnlyList<double?> TurnResponseMs { get; init; } = [];

    /// <summary>Echo targets: end of speech → when the caller's last word came back (media path delay).</summary>
    public double? EchoTailMs { get; init; }
    public IReadOnlyList<BargeInMeasurement> BargeIns { get; init; } = [];
}
