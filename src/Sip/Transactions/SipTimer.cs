namespace MediaCore.Sip.Transactions;

/// <summary>The RFC 3261 §17 / Table 4 timers (plus L from RFC 6026 §8.7 for the IST Accepted state).</summary>
public enum SipTimer
{
    /// <summary>ICT INVITE retransmit (UDP), starts at T1 and doubles.</summary>
    A,
    /// <summary>ICT timeout, 64*T1.</summary>
    B,
    /// <summary>ICT wait for response retransmits, 32 s UDP / 0 TCP.</summary>
    D,
    /// <summary>NICT request retransmit (UDP), T1 doubling to T2.</summary>
    E,
    /// <summary>NICT timeout, 64*T1.</summary>
    F,
    /// <summary>IST final response retransmit (UDP), T1 doubling to T2.</summary>
    G,
    /// <summary>IST wait for ACK, 64*T1.</summary>
    H,
    /// <summary>IST wait for ACK retransmits, T4 UDP / 0 TCP.</summary>
    I,
    /// <summary>NIST wait for request retransmits, 64*T1 UDP / 0 TCP.</summary>
    J,
    /// <summary>NICT wait for response retransmits, T4 UDP / 0 TCP.</summary>
    K,
    /// <summary>IST Accepted: absorb INVITE retransmits after a 2xx, 64*T1 (RFC 6026).</summary>
    L,
}
