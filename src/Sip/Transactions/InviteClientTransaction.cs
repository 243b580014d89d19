using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// INVITE client transaction, RFC 3261 §17.1.1 (Figure 5):
/// <code>
///  Start → Calling --1xx--> Proceeding --300-699 / ACK--> Completed --Timer D--> Terminated
///          Calling: Timer A resend (UDP), Timer B timeout;  2xx in Calling/Proceeding → TU, Terminated
///          Completed: 300-699 retransmissions → resend ACK
/// </code>
/// The ACK for a 2xx is not ours: the dialog layer sends it (§13.2.2.4).
/// </summary>
public sealed class InviteClientTransaction : SipTransaction
{
    public enum TransactionState { Calling, Proceeding, Completed, Terminated }

    private TimeSpan _timerA;
    private SipRequest? _ack;

    public InviteClientTransaction(string key, SipRequest invite, SipSource nextHop, SipTimerSettings timers)
        : base(key, invite, nextHop, timers) => _timerA = timers.T1;

    public TransactionState State { get; private set; } = TransactionState.Calling;

    public override bool IsTerminated => State == TransactionState.Terminated;

    public override IReadOnlyList<TransactionAction> Handle(TransactionEvent e) => (State, e.Kind) switch
    {
        (TransactionState.Calling, TransactionEventKind.Start) => Start(),
        (TransactionState.Calling, TransactionEventKind.TimerFired) when e.Timer == SipTimer.A => Retransmit(),
        (TransactionState.Calling, TransactionEventKind.TimerFired) when e.Timer == SipTimer.B => TimedOut(),
        (TransactionState.Calling or TransactionState.Proceeding, TransactionEventKind.ResponseReceived) => OnResponse(e.Response!),
        (TransactionState.Completed, TransactionEventKind.ResponseReceived) when e.Response!.StatusCode >= 300 =>
            new[] { TransactionAction.SendAck(_ack!) },
        (TransactionState.Completed, TransactionEventKind.TimerFired) when e.Timer == SipTimer.D => Finish(),
        (not TransactionState.Terminated, TransactionEventKind.TransportError) => Failed(),
        _ => Nothing,
    };

    private TransactionAction[] Start()
    {
        var actions = new List<TransactionAction> { TransactionAction.SendRequest() };
        if (!IsReliable) actions.Add(TransactionAction.StartTimer(SipTimer.A, _timerA));
        actions.Add(TransactionAction.StartTimer(SipTimer.B, Timers.Timeout64));
        return actions.ToArray();
    }

    private TransactionAction[] Retransmit()
    {
        _timerA = Timers.Double(_timerA, capAtT2: false); // Timer A doubles without a cap (§17.1.1.2)
        return new[] { TransactionAction.SendRequest(), TransactionAction.StartTimer(SipTimer.A, _timerA) };
    }

    private TransactionAction[] OnResponse(SipResponse response)
    {
        if (response.IsProvisional)
        {
            bool first = State == TransactionState.Calling;
            State = TransactionState.Proceeding;
            return first
                ? new[] { TransactionAction.StopTimer(SipTimer.A), TransactionAction.PassToUser(response) }
                : new[] { TransactionAction.PassToUser(response) };
        }
        if (response.IsSuccess)
        {
            State = TransactionState.Terminated;
            return new[] { TransactionAction.PassToUser(response), TransactionAction.Terminate() };
        }
        State = TransactionState.Completed;
        _ack = AckBuilder.ForNonSuccess(Request, response);
        return new[]
        {
            TransactionAction.StopTimer(SipTimer.A), TransactionAction.StopTimer(SipTimer.B),
            TransactionAction.SendAck(_ack), TransactionAction.PassToUser(response),
            TransactionAction.StartTimer(SipTimer.D, UnreliableOnly(Timers.TimerD)),
        };
    }

    private TransactionAction[] TimedOut()
    {
        State = TransactionState.Terminated;
        return new[] { TransactionAction.Timeout(), TransactionAction.Terminate() };
    }

    private TransactionAction[] Failed()
    {
        State = TransactionState.Terminated;
        return new[] { TransactionAction.TransportError(), TransactionAction.Terminate() };
    }

    private TransactionAction[] Finish()
    {
        State = TransactionState.Terminated;
        return new[] { TransactionAction.Terminate() };
    }
}
