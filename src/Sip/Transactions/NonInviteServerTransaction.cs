using MediaCore.Sip.Messages;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Transactions;

/// <summary>
/// Non-INVITE server transaction, RFC 3261 §17.2.2 (Figure 8):
/// <code>
///  request → Trying --TU 1xx--> Proceeding --TU 200-699--> Completed --Timer J--> Terminated
///            Trying: retransmits absorbed; Proceeding: resend last 1xx; Completed: resend final
/// </code>
/// </summary>
public sealed class NonInviteServerTransaction : SipTransaction
{
    public enum TransactionState { Trying, Proceeding, Completed, Terminated }

    private SipResponse? _lastResponse;

    public NonInviteServerTransaction(string key, SipRequest request, SipSource source, SipTimerSettings timers)
        : base(key, request, source, timers)
    {
    }

    public TransactionState State { get; private set; } = TransactionState.Trying;

    public override bool IsTerminated => State == TransactionState.Terminated;

    public SipResponse? LastResponse => _lastResponse;

    public override IReadOnlyList<TransactionAction> Handle(TransactionEvent e) => (State, e.Kind) switch
    {
        (TransactionState.Trying or TransactionState.Proceeding, TransactionEventKind.TuResponse) => Respond(e.Response!),
        (TransactionState.Proceeding or TransactionState.Completed, TransactionEventKind.RequestRetransmitted) =>
            new[] { TransactionAction.SendResponse(_lastResponse!) },
        (TransactionState.Completed, TransactionEventKind.TimerFired) when e.Timer == SipTimer.J => End(),
        (TransactionState.Trying or TransactionState.Proceeding, TransactionEventKind.TransportError) =>
            End(TransactionAction.TransportError()),
        _ => Nothing,
    };

    private TransactionAction[] Respond(SipResponse response)
    {
        _lastResponse = response;
        if (response.IsProvisional)
        {
            State = TransactionState.Proceeding;
            return new[] { TransactionAction.SendResponse(response) };
        }
        State = TransactionState.Completed;
        return new[] { TransactionAction.SendResponse(response), TransactionAction.StartTimer(SipTimer.J, UnreliableOnly(Timers.Timeout64)) };
    }

    private TransactionAction[] End(TransactionAction? notify = null)
    {
        State = TransactionState.Terminated;
        return notify is { } n ? new[] { n, TransactionAction.Terminate() } : new[] { TransactionAction.Terminate() };
    }
}
