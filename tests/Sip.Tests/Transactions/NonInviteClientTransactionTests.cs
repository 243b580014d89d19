using MediaCore.Sip.Messages;
using MediaCore.Sip.Transactions;
using static MediaCore.Sip.Tests.Transactions.TransactionTestMessages;
using State = MediaCore.Sip.Transactions.NonInviteClientTransaction.TransactionState;

namespace MediaCore.Sip.Tests.Transactions;

public sealed class NonInviteClientTransactionTests
{
    private static NonInviteClientTransaction Started(out IReadOnlyList<TransactionAction> actions, bool reliable = false)
    {
        var t = new NonInviteClientTransaction("k", Request(SipMethods.Bye), reliable ? Tcp : Udp, Timers);
        actions = t.Handle(TransactionEvent.Start());
        return t;
    }

    [Fact]
    public void Start_ArmsEAndF()
    {
        Started(out var actions);
        Assert.Equal(Timers.T1, actions.Timer(SipTimer.E).Delay);
        Assert.Equal(Timers.T1 * 64, actions.Timer(SipTimer.F).Delay);
    }

    [Fact]
    public void TimerE_DoublesUpToT2()
    {
        var t = Started(out _);
        var delays = Enumerable.Range(0, 5).Select(_ => t.Handle(TransactionEvent.Fired(SipTimer.E)).Timer(SipTimer.E).Delay).ToArray();
        Assert.Equal(new[] { Timers.T1 * 2, Timers.T1 * 4, Timers.T2, Timers.T2, Timers.T2 }, delays);
    }

    [Fact]
    public void TimerE_InProceeding_IsT2()
    {
        var t = Started(out _);
        t.Handle(TransactionEvent.Received(Response(t.Request, 100)));
        Assert.Equal(State.Proceeding, t.State);
        Assert.Equal(Timers.T2, t.Handle(TransactionEvent.Fired(SipTimer.E)).Timer(SipTimer.E).Delay);
    }

    [Fact]
    public void Final_CompletesThenTimerKTerminates_AbsorbingRetransmissions()
    {
        var t = Started(out _);
        var response = Response(t.Request, 200);
        var actions = t.Handle(TransactionEvent.Received(response));
        Assert.Equal(State.Completed, t.State);
        Assert.Equal(Timers.T4, actions.Timer(SipTimer.K).Delay);
        Assert.Empty(t.Handle(TransactionEvent.Received(response)));
        Assert.Equal(new[] { TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.K)).Kinds());
    }

    [Fact]
    public void TimerF_TimesOut()
    {
        var t = Started(out _);
        Assert.Equal(new[] { TransactionActionKind.NotifyTimeout, TransactionActionKind.Terminate }, t.Handle(TransactionEvent.Fired(SipTimer.F)).Kinds());
    }

    [Fact]
    public void OverTcp_NoTimerE_AndKIsZero()
    {
        var t = Started(out var start, reliable: true);
        Assert.DoesNotContain(start, a => a.Timer == SipTimer.E);
        Assert.Equal(TimeSpan.Zero, t.Handle(TransactionEvent.Received(Response(t.Request, 200))).Timer(SipTimer.K).Delay);
    }
}
