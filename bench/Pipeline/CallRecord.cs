using MediaCore.Media.Sessions;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;

namespace MediaCore.Bench.Pipeline;

/// <summary>Everything one benchmarked call left behind, all on the same Stopwatch clock (one process).</summary>
public sealed record CallRecord(
    string CallId,
    IReadOnlyList<CallerEvent> CallerEvents,
    ScriptedCaller Caller,
    RecordingAgentHandler Server,
    IReadOnlyList<(long Arrival, AgentTurnLatency Latency)> TurnLatencies,
    IReadOnlyList<long> BargeInDecisions,
    RtpSessionStatistics? ServerRtp);
