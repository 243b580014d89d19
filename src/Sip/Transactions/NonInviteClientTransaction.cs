using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// Non-INVITE client transaction, RFC 3261 §17.1.2 (Figure 6):
/// <code>
///  Start → Trying --1xx--> Proceeding --200-699--> Completed --Timer K--> Terminated
///          Trying/Proceeding: Timer E resend (UDP; doubles to T2, T2 in Proceeding), Timer F timeout
///          200-699 in Trying/Proceeding → TU, Completed (absorbs response retransmissions)
/// </code>
/// </summary>
public sealed class NonInviteClientTransaction : SipTransaction
{
    public enum TransactionState { Trying, Proceeding, Completed, Terminated }

    private TimeSpan _timerE;

    public NonInviteClientTransaction(string key, SipRequest request, SipSource nextHop, SipTimerSettings timers)
        : base(key, request, nextHop, timers) => _timerE = timers.T1;

    public TransactionState State { get; private set; } = TransactionState.Trying;

    public override bool IsTerminated => State == TransactionState.Terminated;

    private bool IsActive => State is TransactionState.Trying or TransactionState.Proceeding;

    public override IReadOnlyList<TransactionAction> Handle(TransactionEvent e) => e.Kind switch
    {
        TransactionEventKind.Start when State == TransactionState.Trying => Start(),
        TransactionEventKind.TimerFired when IsActive && e.Timer == SipTimer.E => Retransmit(),
        TransactionEventKind.TimerFired when IsActive && e.Timer == SipTimer.F => End(TransactionAction.Timeout()),
        TransactionEventKind.TimerFired when State == TransactionState.Completed && e.Timer == SipTimer.K => End(),
        TransactionEventKind.ResponseReceived when IsActive => OnResponse(e.Response!),
        TransactionEventKind.TransportError when IsActive => End(TransactionAction.TransportError()),
        _ => Nothing,
    };

    private TransactionAction[] Start()
    {
        var actions = new List<TransactionAction> { TransactionAction.SendRequest() };
        if (!IsReliable) actions.Add(TransactionAction.StartTimer(SipTimer.E, _timerE));
        actions.Add(TransactionAction.StartTimer(SipTimer.F, Timers.Timeout64));
        return actions.ToArray();
    }

    private TransactionAction[] Retransmit()
    {
        // §17.1.2.2: doubling up to T2 while Trying; once Proceeding the interval is T2.
        _timerE = State == TransactionState.Proceeding ? Timers.T2 : Timers.Double(_timerE, capAtT2: true);
        return new[] { TransactionAction.SendRequest(), TransactionAction.StartTimer(SipTimer.E, _timerE) };
    }

    private TransactionAction[] OnResponse(SipResponse response)
    {
        if (response.IsProvisional)
        {
            State = TransactionState.Proceeding;
            return new[] { TransactionAction.PassToUser(response) };
        }
        State = TransactionState.Completed;
        return new[]
        {
            TransactionAction.StopTimer(SipTimer.E), TransactionAction.StopTimer(SipTimer.F),
            TransactionAction.PassToUser(response), TransactionAction.StartTimer(SipTimer.K, UnreliableOnly(Timers.T4)),
        };
    }

    private TransactionAction[] End(TransactionAction? notify = null)
    {
        State = TransactionState.Terminated;
        return notify is { } n ? new[] { n, TransactionAction.Terminate() } : new[] { TransactionAction.Terminate() };
    }
}
