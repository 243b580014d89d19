namespace MediaCore.Sip.Calls;

/// <summary>Where a call is in its life (signalling view).</summary>
public enum CallState
{
    /// <summary>Inbound INVITE received, 100 sent, the handler decides.</summary>
    Incoming,
    /// <summary>Outbound INVITE sent, no provisional response yet.</summary>
    Calling,
    /// <summary>180/183 sent (inbound) or received (outbound).</summary>
    Ringing,
    /// <summary>Inbound: 200 sent, waiting for the ACK (retransmitting the 200).</summary>
    Answering,
    /// <summary>Media flowing both ways (or on hold).</summary>
    Established,
    /// <summary>BYE/CANCEL sent, waiting for the response.</summary>
    Terminating,
    Ended,
}
