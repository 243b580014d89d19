namespace MediaCore.Server.Agent;

/// <summary>
/// A barge-in decision as the wire saw it: the pipeline's deciding tick and its Stopwatch timestamp, and the RTP
/// timestamp and sequence number of the packet that tick sent (read on the tick, before the packet was built). No bot
/// audio of the cut reply may carry an RTP timestamp later than <see cref="RtpTimestamp"/>.
/// </summary>
public readonly record struct BargeInDecision(long Tick, long Timestamp, uint RtpTimestamp, ushort RtpSequence);
