namespace MediaCore.Sip.Calls;

/// <summary>Why a call ended; carried by <see cref="SipCall.Ended"/>.</summary>
public enum CallEndReason
{
    LocalHangup,
    RemoteHangup,
    /// <summary>The caller cancelled before answer (CANCEL → 487).</summary>
    Cancelled,
    /// <summary>We rejected it (Reject(code)) or the far end answered 3xx-6xx.</summary>
    Rejected,
    /// <summary>Offer/answer failed (488).</summary>
    IncompatibleMedia,
    /// <summary>No ACK for our 200 within 64*T1 (RFC 3261 §13.3.1.4).</summary>
    NoAck,
    /// <summary>No response to our request (Timer B/F).</summary>
    Timeout,
    TransportError,
    /// <summary>The transferee reached the REFER target (RFC 3515) and we left the call.</summary>
    Transferred,
    MediaTimeout,
    /// <summary>The endpoint shut down.</summary>
    Shutdown,
}
