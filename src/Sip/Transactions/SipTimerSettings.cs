namespace MediaCore.Sip.Transactions;

/// <summary>RFC 3261 §17.1.1.1 timer values. T1 is configurable so tests can run retransmission paths quickly.</summary>
public sealed record SipTimerSettings
{
    public static SipTimerSettings Default { get; } = new();

    /// <summary>RTT estimate, 500 ms.</summary>
    public TimeSpan T1 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Maximum retransmit interval for non-INVITE requests and INVITE responses, 4 s.</summary>
    public TimeSpan T2 { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Maximum time a message stays in the network, 5 s.</summary>
    public TimeSpan T4 { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>64*T1: transaction timeout (timers B, F, H, J, L).</summary>
    public TimeSpan Timeout64 => T1 * 64;

    /// <summary>Timer D: "at least 32 seconds" for unreliable transports — 64*T1 is exactly that with the default T1, and scales down with a test T1.</summary>
    public TimeSpan TimerD => Timeout64;

    public TimeSpan Double(TimeSpan interval, bool capAtT2)
    {
        var doubled = interval * 2;
        return capAtT2 && doubled > T2 ? T2 : doubled;
    }
}
