using System.Net;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Peers;

/// <summary>Our UAC against a SIPp UAS.</summary>
public sealed class SippOutboundCallTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Originate_RetriesWithDigestAfter401_ThenWeHangUp()
    {
        await using var ep = new TestEndpoint();
        int sippPort = SippRunner.FreePort();
        var sipp = SippRunner.RunAsync("uas_auth.xml", null, sippPort);
        await Task.Delay(700); // let SIPp bind before we send
        var trunk = new TrunkProfile
        {
            Name = "sipp-uas",
            OutboundAuth = new TrunkCredentials("agent", "hunter2"),
            OutboundProxy = new IPEndPoint(IPAddress.Loopback, sippPort),
        };
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var ringing = 0;

        var call = ep.Endpoint.Originate(new OriginateOptions { Target = $"sip:+14155550100@127.0.0.1:{sippPort}", Trunk = trunk });
        call.Ringing += _ => Interlocked.Increment(ref ringing);
        call.Answered += _ => answered.TrySetResult();
        call.Ended += (_, e) => ended.TrySetResult(e);
        await answered.Task.WaitAsync(Wait);
        Assert.Equal(CallState.Established, call.State);
        Assert.Equal("PCMU", call.NegotiatedMedia!.Codec.Name);
        call.Hangup();

        var result = await sipp;
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CallEndReason.LocalHangup, (await ended.Task.WaitAsync(Wait)).Reason);
        Assert.Equal(1, ringing);
    }

    [Fact]
    public async Task Originate_WrongPassword_EndsRejected403()
    {
        await using var ep = new TestEndpoint();
        int sippPort = SippRunner.FreePort();
        var sipp = SippRunner.RunAsync("uas_auth.xml", null, sippPort);
        await Task.Delay(700);
        var trunk = new TrunkProfile
        {
            Name = "sipp-uas",
            OutboundAuth = new TrunkCredentials("agent", "wrong"),
            OutboundProxy = new IPEndPoint(IPAddress.Loopback, sippPort),
        };
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        var call = ep.Endpoint.Originate(new OriginateOptions { Target = $"sip:service@127.0.0.1:{sippPort}", Trunk = trunk });
        call.Ended += (_, e) => ended.TrySetResult(e);

        var end = await ended.Task.WaitAsync(Wait);
        Assert.Equal(CallEndReason.Rejected, end.Reason);
        Assert.Equal(403, end.StatusCode);
        Assert.NotEqual(0, (await sipp).ExitCode); // the SIPp scenario itself counts a bad auth as a failed call
    }

    [Fact]
    public async Task Originate_HangupWhileRinging_SendsCancel_EndsCancelled487()
    {
        await using var ep = new TestEndpoint();
        int sippPort = SippRunner.FreePort();
        var sipp = SippRunner.RunAsync("uas_cancelled.xml", null, sippPort);
        await Task.Delay(700);
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);

        var call = ep.Endpoint.Originate(new OriginateOptions { Target = $"sip:service@127.0.0.1:{sippPort}" });
        call.Ringing += c => c.Hangup();
        call.Ended += (_, e) => ended.TrySetResult(e);

        var end = await ended.Task.WaitAsync(Wait);
        Assert.Equal(CallEndReason.Cancelled, end.Reason);
        Assert.Equal(487, end.StatusCode);
        var result = await sipp;
        Assert.True(result.ExitCode == 0, result.ToString()); // SIPp got the CANCEL and our ACK for the 487
    }
}
