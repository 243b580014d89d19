using MediaCore.Sip.Calls;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Peers;

/// <summary>SIPp as the caller against our endpoint on 127.0.0.1 (exit code 0 = every scenario step matched).</summary>
public sealed class SippInboundCallTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static Task<SippResult> RunCaller(TestEndpoint ep, string scenario, string transport = "u1") =>
        SippRunner.RunAsync(scenario, ep.Address, SippRunner.FreePort(), "-s 4420", transport: transport);

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task BasicCall_RingAnswerThenRemoteBye(string transport)
    {
        await using var ep = new TestEndpoint();
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        SipCall? seen = null;
        ep.Endpoint.IncomingCall += call =>
        {
            seen = call;
            call.Answered += _ => answered.TrySetResult();
            call.Ended += (_, e) => ended.TrySetResult(e);
            call.Ring();
            call.Answer();
        };

        var result = await RunCaller(ep, "uac_basic.xml", transport);

        Assert.True(result.ExitCode == 0, result.ToString());
        await answered.Task.WaitAsync(Wait);
        Assert.Equal(CallEndReason.RemoteHangup, (await ended.Task.WaitAsync(Wait)).Reason);
        Assert.Equal("4420", seen!.LocalUser);
        Assert.Equal("demo", seen.Tenant);
        var media = ep.Media.Created.Single();
        Assert.Equal("PCMU", Assert.Single(media.Starts).Codec.Name);
        Assert.True(media.Stopped && media.Disposed);
        Assert.Equal(0, ep.Endpoint.ActiveCallCount);
        Assert.DoesNotContain(ep.Log, line => line.Contains("9876543210", StringComparison.Ordinal)); // numbers are masked
        Assert.Contains(ep.Log, line => line.Contains("+9*********10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CancelBeforeAnswer_Gets200And487()
    {
        await using var ep = new TestEndpoint();
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        ep.Endpoint.IncomingCall += call =>
        {
            call.Ended += (_, e) => ended.TrySetResult(e);
            call.Ring(); // and never answer: the caller gives up
        };

        var result = await RunCaller(ep, "uac_cancel.xml");

        Assert.True(result.ExitCode == 0, result.ToString());
        var end = await ended.Task.WaitAsync(Wait);
        Assert.Equal(CallEndReason.Cancelled, end.Reason);
        Assert.Equal(487, end.StatusCode);
    }

    [Fact]
    public async Task WeHangUpAfterAnswer_SippReceivesBye()
    {
        await using var ep = new TestEndpoint();
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        ep.Endpoint.IncomingCall += call =>
        {
            call.Ended += (_, e) => ended.TrySetResult(e);
            call.Answered += c => _ = Task.Delay(500).ContinueWith(_ => c.Hangup(), TaskScheduler.Default);
            call.Answer();
        };

        var result = await RunCaller(ep, "uac_bye_from_us.xml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CallEndReason.LocalHangup, (await ended.Task.WaitAsync(Wait)).Reason);
    }

    [Fact]
    public async Task ReInviteHold_AnsweredRecvOnly_RaisesHeld()
    {
        await using var ep = new TestEndpoint();
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ep.Endpoint.IncomingCall += call =>
        {
            call.Held += _ => held.TrySetResult();
            call.Answer();
        };

        var result = await RunCaller(ep, "uac_reinvite_hold.xml");

        Assert.True(result.ExitCode == 0, result.ToString());
        await held.Task.WaitAsync(Wait);
        var starts = ep.Media.Created.Single().Starts;
        Assert.Equal(2, starts.Count);
        Assert.Equal(SdpDirection.RecvOnly, starts[1].LocalDirection);
    }

    [Fact]
    public async Task TrunkWithCredentials_Challenges401ThenAcceptsDigest()
    {
        var trunk = new TrunkProfile
        {
            Name = "auth-trunk",
            AllowedSources = new[] { IpNetwork.Parse("127.0.0.1/32") },
            InboundAuth = new TrunkCredentials("trunkuser", "s3cret", "mediacore.test"),
            DefaultTenant = "t1",
        };
        await using var ep = new TestEndpoint(new[] { trunk });
        int calls = 0;
        ep.Endpoint.IncomingCall += call =>
        {
            Interlocked.Increment(ref calls);
            call.Answer();
        };

        var result = await RunCaller(ep, "uac_auth.xml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, calls); // the challenged INVITE created no call
        Assert.Single(ep.Media.Created);
    }

    [Fact]
    public async Task MalformedInvite_Answered400()
    {
        await using var ep = new TestEndpoint();
        ep.Endpoint.IncomingCall += _ => Assert.Fail("a malformed INVITE must not reach the call layer");

        var result = await RunCaller(ep, "uac_malformed.xml");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(1, ep.Endpoint.Transport.Counters.ErrorResponsesSent);
        Assert.Empty(ep.Media.Created);
    }
}
