namespace MediaCore.Bench.Load.Sip;

/// <summary>RFC 3261 §17.1.1.2 / §17.1.2.2 client timers for an unreliable transport (Table 4 defaults).</summary>
public sealed record SipTimers
{
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Timer B / F: 64·T1 without a final response ends the transaction.</summary>
    public TimeSpan TransactionTimeout => 64 * T1;
}
