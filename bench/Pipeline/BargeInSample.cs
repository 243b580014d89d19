namespace MediaCore.Bench.Pipeline;

/// <summary>One barge-in: server decision → last bot packet sent (server) and → last bot frame heard (caller).</summary>
public sealed record BargeInSample(double ServerStopMs, double CallerStopMs);
