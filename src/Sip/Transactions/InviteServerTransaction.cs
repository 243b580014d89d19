using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// INVITE server transaction, RFC 3261 §17.2.1 (Figure 7) with the RFC 6026 Accepted state:
/// <code>
///  INVITE → Proceeding --TU 300-699--> Completed --ACK--> Confirmed --Timer I--> Terminated
///           Proceeding --TU 2xx--> Accepted --Timer L--> Terminated   (2xx retransmits are the TU's job, §13.3.1.4)
///           Proceeding: INVITE retransmit → resend last provisional
///           Completed: Timer G resend final (UDP, doubling to T2), Timer H → no ACK, TU told, Terminated
/// </code>
/// </summary>
public sealed class InviteServerTransaction : SipTransaction
{
    public enum TransactionState { Proceeding, Completed, Confirmed, Accepted, Terminated }

    private TimeSpan _timerG;
    private SipResponse? _lastResponse;

    public InviteServerTransaction(string key, SipRequest invite, SipSource source, SipTimerSettings timers)
        : base(key, invite, source, timers) => _timerG = timers.T1;

    public TransactionState State { get; private set; } = TransactionState.Proceeding;

    public override bool IsTerminated => State == TransactionState.Terminated;

    /// <summary>The last response sent (a CANCEL may only act while it is provisional, §9.2).</summary>
    public SipResponse? LastResponse => _lastResponse;

    public override IReadOnlyList<TransactionAction> Handle(TransactionEvent e) => (State, e.Kind) switch
    {
        (TransactionState.Proceeding, TransactionEventKind.TuResponse) => Respond(e.Response!),
        (TransactionState.Accepted, TransactionEventKind.TuResponse) when e.Response!.IsSuccess =>
            new[] { TransactionAction.SendResponse(e.Response) },
        (TransactionState.Proceeding or TransactionState.Completed, TransactionEventKind.RequestRetransmitted) when _lastResponse is not null =>
            new[] { TransactionAction.SendResponse(_lastResponse) },
        (TransactionState.Completed, TransactionEventKind.TimerFired) when e.Timer == SipTimer.G => RetransmitFinal(),
        (TransactionState.Completed, TransactionEventKind.TimerFired) when e.Timer == SipTimer.H => End(TransactionAction.Timeout()),
        (TransactionState.Completed, TransactionEventKind.AckReceived) => Confirm(),
        (TransactionState.Confirmed, TransactionEventKind.TimerFired) when e.Timer == SipTimer.I => End(),
        (TransactionState.Accepted, TransactionEventKind.TimerFired) when e.Timer == SipTimer.L => End(),
        (TransactionState.Proceeding or TransactionState.Completed, TransactionEventKind.TransportError) =>
            End(TransactionAction.TransportError()),
        _ => Nothing,
    };

    private TransactionAction[] Respond(SipResponse response)
    {
        _lastResponse = response;
        if (response.IsProvisional) return new[] { TransactionAction.SendResponse(response) };
        if (response.IsSuccess)
        {
            State = TransactionState.Accepted;
            return new[] { TransactionAction.SendResponse(response), TransactionAction.StartTimer(SipTimer.L, Timers.Timeout64) };
        }
        State = TransactionState.Completed;
        var actions = new List<TransactionAction> { TransactionAction.SendResponse(response) };
        if (!IsReliable) actions.Add(TransactionAction.StartTimer(SipTimer.G, _timerG));
        actions.Add(TransactionAction.StartTimer(SipTimer.H, Timers.Timeout64));
        return actions.ToArray();
    }

    private TransactionAction[] RetransmitFinal()
    {
        _timerG = Timers.Double(_timerG, capAtT2: true);
        return new[] { TransactionAction.SendResponse(_lastResponse!), TransactionAction.StartTimer(SipTimer.G, _timerG) };
    }

    private TransactionAction[] Confirm()
    {
        State = TransactionState.Confirmed;
        return new[]
        {
            TransactionAction.StopTimer(SipTimer.G), TransactionAction.StopTimer(SipTimer.H),
            TransactionAction.StartTimer(SipTimer.I, UnreliableOnly(Timers.T4)),
        };
    }

    private TransactionAction[] End(TransactionAction? notify = null)
    {
        State = TransactionState.Terminated;
        return notify is { } n ? new[] { n, TransactionAction.Terminate() } : new[] { TransactionAction.Terminate() };
    }
}
