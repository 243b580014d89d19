using MediaCore.Sip.Messages;
using MediaCore.Sip.Transactions;
using static MediaCore.Sip.Tests.Transactions.TransactionTestMessages;
using State = MediaCore.Sip.Transactions.InviteClientTransaction.TransactionState;

namespace MediaCore.Sip.Tests.Transactions;

public sealed class InviteClientTransactionTests
{
    private static InviteClientTransaction Started(out IReadOnlyList<TransactionAction> actions, bool reliable = false)
    {
        var t = new InviteClientTransaction("k", Request(SipMethods.Invite), reliable ? Tcp : Udp, Timers);
        actions = t.Handle(TransactionEvent.Start());
        return t;
    }

    [Fact]
    public void Start_SendsAndArmsTimersAAndB()
    {
        Started(out var actions);
        Assert.Equal(TransactionActionKind.SendRequest, actions[0].Kind);
        Assert.Equal(Timers.T1, actions.Timer(SipTimer.A).Delay);
        Assert.Equal(Timers.T1 * 64, actions.Timer(SipTimer.B).Delay);
    }

    [Fact]
    public void Start_OverTcp_HasNoTimerA()
    {
        Started(out var actions, reliable: true);
        Assert.DoesNotContain(actions, a => a.Timer == SipTimer.A && a.Kind == TransactionActionKind.StartTimer);
    }

    [Fact]
    public void TimerA_Retransmits_Doubling()
    {
        var t = Started(out _);
        var first = t.Handle(TransactionEvent.Fired(SipTimer.A));
        var second = t.Handle(TransactionEvent.Fired(SipTimer.A));
        Assert.Equal(TransactionActionKind.SendRequest, first[0].Kind);
        Assert.Equal(Timers.T1 * 2, first.Timer(SipTimer.A).Delay);
        Assert.Equal(Timers.T1 * 4, second.Timer(SipTimer.A).Delay);
    }

    [Fact]
    public void TimerB_InCalling_TimesOut()
    {
        var t = Started(out _);
        Assert.Equal(new[] { TransactionActionKind.NotifyTimeout, TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.B)).Kinds());
        Assert.Equal(State.Terminated, t.State);
    }

    [Fact]
    public void Provisional_StopsRetransmissions_AndPassesUp()
    {
        var t = Started(out _);
        var actions = t.Handle(TransactionEvent.Received(Response(t.Request, 180)));
        Assert.Equal(State.Proceeding, t.State);
        Assert.Equal(new[] { TransactionActionKind.StopTimer, TransactionActionKind.PassToUser }, actions.Kinds());
        Assert.Empty(t.Handle(TransactionEvent.Fired(SipTimer.A)));
    }

    [Fact]
    public void Success_PassesUpAndTerminates_WithoutAck()
    {
        var t = Started(out _);
        var actions = t.Handle(TransactionEvent.Received(Response(t.Request, 200)));
        Assert.Equal(new[] { TransactionActionKind.PassToUser, TransactionActionKind.Terminate }, actions.Kinds());
    }

    [Fact]
    public void Failure_AcksOnce_PassesUpOnce_RetransmissionsOnlyReAck()
    {
        var t = Started(out _);
        var response = Response(t.Request, 486);
        var actions = t.Handle(TransactionEvent.Received(response));
        Assert.Equal(State.Completed, t.State);
        var ack = actions.Single(a => a.Kind == TransactionActionKind.SendAck).Request!;
        Assert.Equal(SipMethods.Ack, ack.Method);
        Assert.Equal("1 ACK", ack.CSeq!.Value.ToString());
        Assert.Equal("b1", ack.To!.Tag);
        Assert.Equal(t.Request.TopVia!.Branch, ack.TopVia!.Branch); // §17.1.1.3: same branch as the INVITE
        Assert.Single(actions, a => a.Kind == TransactionActionKind.PassToUser);
        Assert.Equal(Timers.TimerD, actions.Timer(SipTimer.D).Delay);

        Assert.Equal(new[] { TransactionActionKind.SendAck }, t.Handle(TransactionEvent.Received(response)).Kinds());
        Assert.Equal(new[] { TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.D)).Kinds());
    }

    [Fact]
    public void Failure_OverTcp_TimerDIsZero()
    {
        var t = Started(out _, reliable: true);
        var actions = t.Handle(TransactionEvent.Received(Response(t.Request, 404)));
        Assert.Equal(TimeSpan.Zero, actions.Timer(SipTimer.D).Delay);
    }

    [Fact]
    public void TransportError_NotifiesAndTerminates()
    {
        var t = Started(out _);
        Assert.Equal(new[] { TransactionActionKind.NotifyTransportError, TransactionActionKind.Terminate },
            t.Handle(TransactionEvent.TransportFailed()).Kinds());
    }
}
