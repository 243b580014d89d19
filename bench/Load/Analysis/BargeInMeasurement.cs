namespace MediaCore.Bench.Load.Analysis;

/// <summary>
/// One talk-over on one call. Times are milliseconds from the call's first sent frame.
/// <see cref="StopLatencyMs"/> = last bot packet − reference, where the reference is the server's barge-in decision
/// when an <see cref="IBargeInDecisionSource"/> knows it, else the onset of the caller's talk-over.
/// </summary>
public sealed record BargeInMeasurement(double OnsetMs, double? DecisionMs, double? LastBotPacketMs, double? StopLatencyMs, bool BotStopped);
