using MediaCore.Pipeline.Records;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Agent.Records;

/// <summary>
/// How a recorded agent call ended, from the SIP end reason and what happened in it. Opt-out is not decided here:
/// the store turns any call whose caller asked not to be recorded into privacy_opt_out.
/// </summary>
public static class RecordedOutcome
{
    /// <param name="failed">The pipeline logged an error (a turn, STT or a frame failed).</param>
    /// <param name="resolved">A booking was made or a question answered by a successful tool call (or, for a brain
    /// without tools, the bot answered the caller).</param>
    public static CallOutcome Decide(CallEndReason? reason, bool failed, bool resolved)
    {
        if (failed)
            return CallOutcome.Error;
        return reason switch
        {
            CallEndReason.LocalHangup or CallEndReason.RemoteHangup => resolved ? CallOutcome.Resolved : CallOutcome.Dropped,
            CallEndReason.Transferred => CallOutcome.Fallback,
            CallEndReason.TransportError or CallEndReason.NoAck => CallOutcome.Error,
            _ => CallOutcome.Dropped, // media timeout, cancel, shutdown: the line went away under the call
        };
    }
}
