using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// The per-call log lines of the live calls (category "MediaCore.Calls"): every line carries CallId and Tenant as
/// structured values, so the JSON-lines output can be filtered by either. Numbers, transfer targets, DTMF digits and
/// what was said are never logged: a call is named by its id, its parties only masked in the control API.
/// </summary>
internal static partial class CallLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "call {CallId} ({Direction}) ringing, tenant {Tenant}")]
    public static partial void Ringing(ILogger logger, string callId, string tenant, string direction);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "call {CallId} answered ({Codec}), tenant {Tenant}")]
    public static partial void Answered(ILogger logger, string callId, string tenant, string codec);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "call {CallId} ended: {EndReason} ({Outcome}), tenant {Tenant}; {PacketsReceived} packets in, {PacketsLost} lost, jitter {JitterMs:F1} ms, {Turns} turns")]
    public static partial void Ended(ILogger logger, string callId, string tenant, string endReason, string outcome,
        ulong packetsReceived, ulong packetsLost, double jitterMs, uint turns);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "call {CallId} control API: {Action}, tenant {Tenant}")]
    public static partial void Control(ILogger logger, string callId, string tenant, string action);

    [LoggerMessage(EventId = 104, Message = "call {CallId} agent: {AgentMessage}, tenant {Tenant}")]
    public static partial void Agent(ILogger logger, LogLevel level, string callId, string tenant, string agentMessage);
}
