using MediaCore.Media.Handlers;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;

namespace MediaCore.Sip.Tests.Media;

/// <summary>linphonec dials our endpoint with only PCMA enabled and records the speech we play to it.</summary>
public sealed class LinphoneMediaTests
{
    [Fact]
    public async Task Linphone_HearsOurSpeech_OverPcma()
    {
        var speech = SpeechClips.Jfk(TimeSpan.FromSeconds(6));
        await using var ep = new MediaEndpoint(_ => new WavPlayerHandler(speech, 16000));
        await using var peer = await LinphonePeer.StartAsync(SpeechClips.Silence(8000, TimeSpan.FromSeconds(1)), "PCMA", 8000);   // the played file clocks the files sound card
        await Task.Delay(500);
        await peer.CommandAsync($"call sip:service@{ep.Address}");

        var first = await Task.WhenAny(ep.Answered.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        if (first != ep.Answered.Task)
        {
            peer.Process.Kill();
            Assert.Fail("no call\n" + string.Join("\n", ep.Log) + "\n" + peer.Process.Output);
        }
        var call = await ep.Answered.Task;
        Assert.Equal("PCMA", call.NegotiatedMedia!.Codec.Name);
        Assert.True(call.RtpMedia()!.Description!.Codec.IsPcma);
        await Task.Delay(TimeSpan.FromSeconds(7.5));
        await peer.CommandAsync("terminate");
        var (_, end) = await ep.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(CallEndReason.RemoteHangup, end.Reason);
        await peer.CommandAsync("quit");
        await peer.Process.WaitForExitAsync(TimeSpan.FromSeconds(5));

        var heard = peer.ReadHeard() ?? throw new Xunit.Sdk.XunitException("linphone recorded nothing\n" + peer.Process.Output);
        var (r, lag) = EnvelopeCorrelation.Best(speech.Samples, speech.SampleRate, heard.Samples, heard.SampleRate, TimeSpan.FromSeconds(3));
        double aligned = EnvelopeCorrelation.Aligned(speech.Samples, speech.SampleRate, heard.Samples, heard.SampleRate, TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(200));
        Assert.True(aligned >= 0.9, $"correlation {aligned:0.000} aligned, {r:0.000} at fixed lag {lag * 20} ms ({heard.SampleRate} Hz, {heard.Duration.TotalSeconds:0.0} s)");
        var stats = call.RtpMedia()!.Session.GetStatistics();
        var media = call.RtpMedia()!;
        Assert.True(stats.PacketsReceived > 100,
            $"local {media.LocalPort} remote {media.Description!.RemoteRtp} latched {media.Session.LatchedRemote}: {stats}");
    }
}
