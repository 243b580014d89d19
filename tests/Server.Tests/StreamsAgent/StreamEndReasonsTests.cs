using MediaCore.Server.Agent.Records;
using MediaCore.Server.Streams.Agent;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>A stream call's end maps onto the SIP end reasons, so its outcome follows the same rules as a SIP call's.</summary>
public sealed class StreamEndReasonsTests
{
    [Theory]
    [InlineData("provider sent stop", false, CallEndReason.RemoteHangup)]
    [InlineData("provider closed the socket (NormalClosure )", false, CallEndReason.RemoteHangup)]
    [InlineData("caller closed the connection", false, CallEndReason.RemoteHangup)]
    [InlineData("caller hung up", false, CallEndReason.RemoteHangup)]
    [InlineData("hangup", false, CallEndReason.LocalHangup)]
    [InlineData("provider sent stop", true, CallEndReason.LocalHangup)] // the agent's goodbye raced the provider's stop
    [InlineData("the demo call time limit was reached", false, CallEndReason.LocalHangup)]
    [InlineData("server shutting down", false, CallEndReason.Shutdown)]
    [InlineData("socket error: connection reset", false, CallEndReason.MediaTimeout)]
    [InlineData("connection lost", false, CallEndReason.MediaTimeout)]
    [InlineData("malformed JSON", false, CallEndReason.TransportError)]
    [InlineData("media before start", false, CallEndReason.TransportError)]
    public void Classifies_the_session_stop_reason(string reason, bool agentHungUp, CallEndReason expected) =>
        Assert.Equal(expected, StreamEndReasons.Classify(reason, agentHungUp));

    [Fact]
    public void Outcomes_follow_the_sip_rules()
    {
        Assert.Equal(Pipeline.Records.CallOutcome.Resolved, RecordedOutcome.Decide(StreamEndReasons.Classify("provider sent stop", false), false, resolved: true));
        Assert.Equal(Pipeline.Records.CallOutcome.Dropped, RecordedOutcome.Decide(StreamEndReasons.Classify("socket error: reset", false), false, resolved: true));
        Assert.Equal(Pipeline.Records.CallOutcome.Error, RecordedOutcome.Decide(StreamEndReasons.Classify("malformed JSON", false), false, resolved: true));
    }
}
