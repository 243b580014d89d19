using MediaCore.Sip.Messages;
using MediaCore.Sip.Transactions;
using static MediaCore.Sip.Tests.Transactions.TransactionTestMessages;
using State = MediaCore.Sip.Transactions.NonInviteServerTransaction.TransactionState;

namespace MediaCore.Sip.Tests.Transactions;

public sealed class NonInviteServerTransactionTests
{
    private static NonInviteServerTransaction New(bool reliable = false) => new("k", Request(SipMethods.Options), reliable ? Tcp : Udp, Timers);

    [Fact]
    public void Trying_AbsorbsRetransmissions()
    {
        Assert.Empty(New().Handle(TransactionEvent.Retransmission()));
    }

    [Fact]
    public void Final_Completes_ResendsOnRetransmission_TimerJTerminates()
    {
        var t = New();
        var ok = Response(t.Request, 200);
        var actions = t.Handle(TransactionEvent.Send(ok));
        Assert.Equal(State.Completed, t.State);
        Assert.Equal(Timers.T1 * 64, actions.Timer(SipTimer.J).Delay);
        Assert.Same(ok, Assert.Single(t.Handle(TransactionEvent.Retransmission())).Response);
        Assert.Empty(t.Handle(TransactionEvent.Send(Response(t.Request, 500)))); // a second final is ignored
        Assert.Equal(new[] { TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.J)).Kinds());
    }

    [Fact]
    public void Provisional_ThenRetransmission_ResendsProvisional()
    {
        var t = New();
        var trying = Response(t.Request, 100);
        t.Handle(TransactionEvent.Send(trying));
        Assert.Equal(State.Proceeding, t.State);
        Assert.Same(trying, Assert.Single(t.Handle(TransactionEvent.Retransmission())).Response);
    }

    [Fact]
    public void OverTcp_TimerJIsZero()
    {
        var t = New(reliable: true);
        Assert.Equal(TimeSpan.Zero, t.Handle(TransactionEvent.Send(Response(t.Request, 200))).Timer(SipTimer.J).Delay);
    }
}
