using MediaCore.Sip.Messages;
using MediaCore.Sip.Transactions;
using static MediaCore.Sip.Tests.Transactions.TransactionTestMessages;
using State = MediaCore.Sip.Transactions.InviteServerTransaction.TransactionState;

namespace MediaCore.Sip.Tests.Transactions;

public sealed class InviteServerTransactionTests
{
    private static InviteServerTransaction New(bool reliable = false) => new("k", Request(SipMethods.Invite), reliable ? Tcp : Udp, Timers);

    [Fact]
    public void Retransmission_BeforeAnyResponse_IsAbsorbed()
    {
        var t = New();
        Assert.Empty(t.Handle(TransactionEvent.Retransmission()));
    }

    [Fact]
    public void Retransmission_InProceeding_ResendsLastProvisional()
    {
        var t = New();
        var ringing = Response(t.Request, 180);
        t.Handle(TransactionEvent.Send(Response(t.Request, 100)));
        t.Handle(TransactionEvent.Send(ringing));
        var actions = t.Handle(TransactionEvent.Retransmission());
        Assert.Same(ringing, Assert.Single(actions).Response);
    }

    [Fact]
    public void Success_GoesAccepted_TimerL_AbsorbsInviteRetransmissions()
    {
        var t = New();
        var actions = t.Handle(TransactionEvent.Send(Response(t.Request, 200)));
        Assert.Equal(State.Accepted, t.State);
        Assert.Equal(Timers.T1 * 64, actions.Timer(SipTimer.L).Delay);
        Assert.Empty(t.Handle(TransactionEvent.Retransmission()));
        Assert.Equal(new[] { TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.L)).Kinds());
    }

    [Fact]
    public void Failure_RetransmitsWithTimerG_UntilAck_ThenTimerI()
    {
        var t = New();
        var busy = Response(t.Request, 486);
        var actions = t.Handle(TransactionEvent.Send(busy));
        Assert.Equal(State.Completed, t.State);
        Assert.Equal(Timers.T1, actions.Timer(SipTimer.G).Delay);
        Assert.Equal(Timers.T1 * 64, actions.Timer(SipTimer.H).Delay);

        var g = t.Handle(TransactionEvent.Fired(SipTimer.G));
        Assert.Same(busy, g[0].Response);
        Assert.Equal(Timers.T1 * 2, g.Timer(SipTimer.G).Delay);
        Assert.Same(busy, Assert.Single(t.Handle(TransactionEvent.Retransmission())).Response);

        var ack = t.Handle(TransactionEvent.Ack());
        Assert.Equal(State.Confirmed, t.State);
        Assert.Equal(Timers.T4, ack.Timer(SipTimer.I).Delay);
        Assert.Empty(t.Handle(TransactionEvent.Fired(SipTimer.G)));
        Assert.Equal(new[] { TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.I)).Kinds());
    }

    [Fact]
    public void TimerG_CapsAtT2()
    {
        var t = New();
        t.Handle(TransactionEvent.Send(Response(t.Request, 500)));
        TimeSpan last = default;
        for (int i = 0; i < 6; i++) last = t.Handle(TransactionEvent.Fired(SipTimer.G)).Timer(SipTimer.G).Delay;
        Assert.Equal(Timers.T2, last);
    }

    [Fact]
    public void TimerH_WithoutAck_TimesOut()
    {
        var t = New();
        t.Handle(TransactionEvent.Send(Response(t.Request, 404)));
        Assert.Equal(new[] { TransactionActionKind.NotifyTimeout, TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.H)).Kinds());
    }

    [Fact]
    public void OverTcp_NoTimerG_AndIIsZero()
    {
        var t = New(reliable: true);
        Assert.DoesNotContain(t.Handle(TransactionEvent.Send(Response(t.Request, 404))), a => a.Timer == SipTimer.G);
        Assert.Equal(TimeSpan.Zero, t.Handle(TransactionEvent.Ack()).Timer(SipTimer.I).Delay);
    }
}
