using MediaCore.Media.Handlers;
using MediaCore.Media.Wav;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// baresip dials our endpoint and RTP flows both ways through a stack nobody here wrote: it records what we play
/// (Opus), and what it says comes back through our echo (PCMA).
/// </summary>
public sealed class BaresipMediaTests
{
    private static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan MaxDrift = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task Baresip_HearsOurSpeech_OverOpus()
    {
        var speech = SpeechClips.Jfk(TimeSpan.FromSeconds(6));
        await using var ep = new MediaEndpoint(_ => new WavPlayerHandler(speech, 16000));
        await using var peer = await BaresipPeer.DialAsync(ep.Address, SpeechClips.Silence(8000, TimeSpan.FromSeconds(8)), codecs: "opus/48000/2,PCMU",
            runFor: TimeSpan.FromSeconds(10));

        var call = await AwaitAnswer(ep, peer.Process);
        Assert.Equal("opus", call.NegotiatedMedia!.Codec.Name);   // baresip offers opus first; the offerer's order wins
        Assert.True(call.RtpMedia()!.Description!.Codec.IsOpus);
        var (_, end) = await ep.Ended.Task.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(CallEndReason.RemoteHangup, end.Reason);
        await peer.Process.WaitForExitAsync(TimeSpan.FromSeconds(10));

        var heard = peer.ReadHeard() ?? throw new Xunit.Sdk.XunitException("baresip recorded nothing\n" + peer.Process.Output);
        var (r, lag) = EnvelopeCorrelation.Best(speech.Samples, speech.SampleRate, heard.Samples, heard.SampleRate, MaxLag);
        double aligned = EnvelopeCorrelation.Aligned(speech.Samples, speech.SampleRate, heard.Samples, heard.SampleRate, MaxLag, MaxDrift);
        Assert.True(aligned >= 0.9, $"correlation {aligned:0.000} aligned, {r:0.000} at fixed lag {lag * 20} ms ({heard.Duration.TotalSeconds:0.0} s)");
        var stats = call.RtpMedia()!.Session.GetStatistics();
        Assert.True(stats.PacketsReceived > 100 && stats.PacketsSent > 100, stats.ToString());
    }

    [Fact]
    public async Task Baresip_HearsItsOwnSpeechEchoed_OverPcma()
    {
        var sent = SpeechClips.Pad(SpeechClips.Resample(SpeechClips.Jfk(TimeSpan.FromSeconds(5)), 8000), TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(2));
        EchoHandler? echo = null;
        await using var ep = new MediaEndpoint(_ => echo = new EchoHandler(16000));
        await using var peer = await BaresipPeer.DialAsync(ep.Address, sent, codecs: "PCMA", runFor: TimeSpan.FromSeconds(10));

        var call = await AwaitAnswer(ep, peer.Process);
        Assert.Equal("PCMA", call.NegotiatedMedia!.Codec.Name);
        Assert.True(call.RtpMedia()!.Description!.Codec.IsPcma);
        await ep.Ended.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await peer.Process.WaitForExitAsync(TimeSpan.FromSeconds(10));

        Assert.True(echo!.FramesHeard > 200, $"echo heard {echo.FramesHeard} frames");
        var heard = peer.ReadHeard() ?? throw new Xunit.Sdk.XunitException("baresip recorded nothing\n" + peer.Process.Output);
        var (r, lag) = EnvelopeCorrelation.Best(sent.Samples, sent.SampleRate, heard.Samples, heard.SampleRate, MaxLag);
        double aligned = EnvelopeCorrelation.Aligned(sent.Samples, sent.SampleRate, heard.Samples, heard.SampleRate, MaxLag, MaxDrift);
        var stats = call.RtpMedia()!.Session.GetStatistics();
        Assert.True(aligned >= RequiredEchoCorrelation(stats),
            $"correlation {aligned:0.000} aligned, {r:0.000} at fixed lag {lag * 20} ms ({heard.Duration.TotalSeconds:0.0} s); {stats}");
    }

    /// <summary>
    /// 0.9 when our side kept time. When the box stalled our process (an inbound gap over 200 ms, or the jitter buffer
    /// discarding frames to get back to its target after a burst), the echo it returns loses that speech twice over
    /// (ours and baresip's buffer), and only a clearly-the-same-speech 0.6 can be asked for; unrelated speech scores lower.
    /// </summary>
    private static double RequiredEchoCorrelation(MediaCore.Media.Sessions.RtpSessionStatistics stats) =>
        stats.InboundSpacingDeviation.Max < TimeSpan.FromMilliseconds(200) && stats.JitterBuffer.Discarded <= 5 ? 0.9 : 0.6;

    private static async Task<SipCall> AwaitAnswer(MediaEndpoint ep, PeerProcess peer)
    {
        var first = await Task.WhenAny(ep.Answered.Task, Task.Delay(TimeSpan.FromSeconds(10)));
        if (first != ep.Answered.Task)
        {
            peer.Kill();
            Assert.Fail("no call\n" + string.Join("\n", ep.Log) + "\n" + peer.Output);
        }
        return await ep.Answered.Task;
    }
}
