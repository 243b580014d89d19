using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// What the four RFC 3261 §17 machines share: the request that created them, the peer, the matching key and a pure
/// <see cref="Handle"/> core. The machines do no I/O; <see cref="SipTransactionLayer"/> performs their actions.
/// </summary>
public abstract class SipTransaction
{
    protected SipTransaction(string key, SipRequest request, SipSource peer, SipTimerSettings timers)
    {
        Key = key;
        Request = request;
        Peer = peer;
        Timers = timers;
    }

    /// <summary>Branch-based key (RFC 3261 §17.1.3, §17.2.3).</summary>
    public string Key { get; }

    public SipRequest Request { get; }

    /// <summary>Client: the next hop; server: where the request came from.</summary>
    public SipSource Peer { get; }

    protected SipTimerSettings Timers { get; }

    /// <summary>Reliable transports need no retransmissions and zero-length wait timers (RFC 3261 §17).</summary>
    protected bool IsReliable => Peer.IsReliable;

    public abstract bool IsTerminated { get; }

    /// <summary>Advances the machine; the returned actions must be performed in order.</summary>
    public abstract IReadOnlyList<TransactionAction> Handle(TransactionEvent e);

    /// <summary>Zero on reliable transports: "Timer D/I/J/K fire immediately" (RFC 3261 Table 4).</summary>
    protected TimeSpan UnreliableOnly(TimeSpan value) => IsReliable ? TimeSpan.Zero : value;

    protected static readonly IReadOnlyList<TransactionAction> Nothing = Array.Empty<TransactionAction>();
}
