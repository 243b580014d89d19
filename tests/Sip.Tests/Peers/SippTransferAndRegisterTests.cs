using System.Collections.Concurrent;
using System.Net;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Peers;

public sealed class SippTransferAndRegisterTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task BlindTransfer_Refer202_NotifyProgress_ThenWeLeaveWithBye()
    {
        await using var ep = new TestEndpoint();
        var progress = new ConcurrentQueue<int>();
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        ep.Endpoint.IncomingCall += call =>
        {
            call.TransferProgress += (_, code) => progress.Enqueue(code);
            call.Ended += (_, e) => ended.TrySetResult(e);
            call.Answered += c => Assert.True(c.Transfer("sip:human@10.0.0.5"));
            call.Answer();
        };

        var result = await SippRunner.RunAsync("uac_refer.xml", ep.Address, SippRunner.FreePort(), "-s 4420");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(CallEndReason.Transferred, (await ended.Task.WaitAsync(Wait)).Reason);
        Assert.Equal(new[] { 202, 100, 200 }, progress.ToArray());
    }

    [Fact]
    public async Task Register_AnswersChallenge_AndRefreshesBeforeExpiry()
    {
        await using var ep = new TestEndpoint();
        int sippPort = SippRunner.FreePort();
        var sipp = SippRunner.RunAsync("uas_register.xml", null, sippPort);
        await Task.Delay(700);
        var trunk = new TrunkProfile
        {
            Name = "registering",
            OutboundAuth = new TrunkCredentials("agent", "hunter2"),
            Registration = new TrunkRegistrationSettings { Registrar = $"sip:127.0.0.1:{sippPort}", ExpirySeconds = 120, RefreshBeforeFraction = 0.5 },
        };
        var grants = new ConcurrentQueue<int>();
        var twice = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var registration = ep.Endpoint.Register(trunk);
        registration.Registered += (_, expires) =>
        {
            grants.Enqueue(expires);
            if (grants.Count == 2) twice.TrySetResult();
        };

        await twice.Task.WaitAsync(Wait);
        Assert.Equal(new[] { 2, 60 }, grants.ToArray());
        Assert.True(registration.IsRegistered);
        var result = await sipp;
        Assert.True(result.ExitCode == 0, result.ToString());
        registration.Stop();
    }
}
