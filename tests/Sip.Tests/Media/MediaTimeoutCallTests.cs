using MediaCore.Media.Handlers;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using MediaCore.Sip.Tests.Peers;

namespace MediaCore.Sip.Tests.Media;

/// <summary>A SIPp caller that never sends RTP: our media timeout ends the call with BYE (SIPp waits for it) and says why.</summary>
public sealed class MediaTimeoutCallTests
{
    [Fact]
    public async Task NoRtp_EndsTheCallWithBye_AndRecordsTheReason()
    {
        await using var ep = new MediaEndpoint(_ => new EchoHandler(), mediaTimeout: TimeSpan.FromSeconds(1.5));
        var sipp = await SippRunner.RunAsync("uac_bye_from_us.xml", ep.Address, SippRunner.FreePort());
        var (call, end) = await ep.Ended.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.True(sipp.ExitCode == 0, sipp.ToString());
        Assert.Equal(CallEndReason.MediaTimeout, end.Reason);
        Assert.Equal(MediaTimeoutReason.NoMediaReceived, call.RtpMedia()!.TimeoutReason);
    }
}
