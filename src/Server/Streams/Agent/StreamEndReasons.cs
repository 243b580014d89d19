using MediaCore.Sip.Calls;

namespace MediaCore.Server.Streams.Agent;

/// <summary>
/// How a stream call ended, in the terms the call records use for SIP calls (<see cref="CallEndReason"/>), so a
/// stream call gets the same outcome a SIP call ending the same way would: resolved or dropped after a hang-up,
/// error after a protocol fault. The session reports its end as a sentence (<see cref="IStreamCallHandler.OnStop"/>).
/// </summary>
public static class StreamEndReasons
{
    /// <param name="reason">The session's stop reason.</param>
    /// <param name="agentHungUp">The agent asked to end the call (its closing line was spoken).</param>
    public static CallEndReason Classify(string reason, bool agentHungUp)
    {
        ArgumentNullException.ThrowIfNull(reason);
        if (agentHungUp || reason == "hangup" || reason.Contains("time limit", StringComparison.Ordinal))
            return CallEndReason.LocalHangup;
        // The provider's stop / close is the caller hanging up; the browser page says "caller closed the connection"
        // (or the caller pressed hang up, which the page reports in its own words).
        if (reason.StartsWith("provider", StringComparison.Ordinal) || reason.StartsWith("caller", StringComparison.Ordinal)
            || reason == "ended")
            return CallEndReason.RemoteHangup;
        if (reason == "server shutting down")
            return CallEndReason.Shutdown;
        // A socket that died under the call: the line went away (dropped), not an agent error.
        if (reason.StartsWith("socket error", StringComparison.Ordinal) || reason == "connection lost")
            return CallEndReason.MediaTimeout;
        // Malformed or out-of-protocol messages, a failed handler: the call broke.
        return CallEndReason.TransportError;
    }
}
