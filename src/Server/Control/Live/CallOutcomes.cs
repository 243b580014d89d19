using MediaCore.Sip.Calls;

namespace MediaCore.Server.Control.Live;

/// <summary>How a finished call is named in the API (end_reason) and in mediacore_calls_total{outcome}.</summary>
public static class CallOutcomes
{
    public static string EndReason(CallEndReason reason, string? localReason) => reason switch
    {
        CallEndReason.LocalHangup => localReason ?? "local-hangup",
        CallEndReason.RemoteHangup => "remote-bye",
        CallEndReason.Cancelled => "cancelled",
        CallEndReason.Rejected => "rejected",
        CallEndReason.IncompatibleMedia => "incompatible-media",
        CallEndReason.NoAck => "no-ack",
        CallEndReason.Timeout => "timeout",
        CallEndReason.TransportError => "transport-error",
        CallEndReason.Transferred => "transfer",
        CallEndReason.MediaTimeout => "media-timeout",
        CallEndReason.Shutdown => "shutdown",
        _ => reason.ToString().ToLowerInvariant(),
    };

    /// <summary>completed, transferred, abandoned (caller gave up before answer) or failed.</summary>
    public static string Outcome(CallEndReason reason, bool answered) => reason switch
    {
        CallEndReason.Transferred => "transferred",
        CallEndReason.LocalHangup or CallEndReason.RemoteHangup or CallEndReason.Shutdown when answered => "completed",
        CallEndReason.Cancelled or CallEndReason.RemoteHangup when !answered => "abandoned",
        _ => "failed",
    };
}
