using MediaCore.Pipeline.Records;
using MediaCore.Server.Agent.Records;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Tests.Records;

/// <summary>The outcome rules and the bot-turn/latency pairing the recorder relies on (no SIP needed to state them).</summary>
public sealed class RecordedOutcomeTests
{
    [Theory]
    [InlineData(CallEndReason.RemoteHangup, false, true, CallOutcome.Resolved)]
    [InlineData(CallEndReason.LocalHangup, false, true, CallOutcome.Resolved)]
    [InlineData(CallEndReason.RemoteHangup, false, false, CallOutcome.Dropped)]
    [InlineData(CallEndReason.MediaTimeout, false, true, CallOutcome.Dropped)]
    [InlineData(CallEndReason.Transferred, false, true, CallOutcome.Fallback)]
    [InlineData(CallEndReason.TransportError, false, true, CallOutcome.Error)]
    [InlineData(CallEndReason.RemoteHangup, true, true, CallOutcome.Error)]
    public void Outcome_follows_the_end_reason_and_what_happened(CallEndReason reason, bool failed, bool resolved, CallOutcome expected) =>
        Assert.Equal(expected, RecordedOutcome.Decide(reason, failed, resolved));

    [Fact]
    public void A_reply_gets_its_latency_whichever_arrives_first()
    {
        var pairing = new BotTurnPairing();
        var t0 = DateTimeOffset.UnixEpoch;
        Assert.Null(pairing.Reply("first", t0, out var stale));
        Assert.Null(stale);
        var first = pairing.Latency(420, t0.AddMilliseconds(400));
        Assert.Equal(("first", 420, t0.AddMilliseconds(400)), (first!.Text, first.LatencyMs!.Value, first.FirstAudio!.Value));

        Assert.Null(pairing.Latency(300, t0.AddSeconds(2)));
        var second = pairing.Reply("second", t0.AddSeconds(3), out stale);
        Assert.Null(stale);
        Assert.Equal(("second", 300), (second!.Text, second.LatencyMs!.Value));

        Assert.Null(pairing.Reply("cut off", t0.AddSeconds(4), out _));
        Assert.Null(pairing.Reply("next", t0.AddSeconds(5), out stale));
        Assert.Equal("cut off", stale!.Text);
        Assert.Null(stale.LatencyMs);
        Assert.Equal("next", pairing.Flush()!.Text);
        Assert.Null(pairing.Flush());
    }

    [Fact]
    public void Returning_caller_greeting_capitalises_the_heard_name_and_leaves_strangers_alone()
    {
        Assert.Equal("Welcome back, Asha Rao! Namaste.", ReturningCallerGreeting.Prefix("Namaste.", "asha rao"));
        Assert.Equal("Namaste.", ReturningCallerGreeting.Prefix("Namaste.", null));
        Assert.Equal("Namaste.", ReturningCallerGreeting.Prefix("Namaste.", "  "));
    }
}
