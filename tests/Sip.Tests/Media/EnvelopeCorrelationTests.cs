using MediaCore.Media.Wav;

namespace MediaCore.Sip.Tests.Media;

/// <summary>The measure the peer tests rely on must tell the same speech from different speech.</summary>
public sealed class EnvelopeCorrelationTests
{
    private static readonly TimeSpan MaxLag = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Drift = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void DelayedResampledCopy_CorrelatesAtItsLag()
    {
        var speech = SpeechClips.Jfk(TimeSpan.FromSeconds(6));
        var delayed = SpeechClips.Pad(SpeechClips.Resample(speech, 8000), TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(1));
        var (r, lag) = EnvelopeCorrelation.Best(speech.Samples, speech.SampleRate, delayed.Samples, delayed.SampleRate, MaxLag);
        Assert.True(r > 0.98, r.ToString());
        Assert.InRange(lag * EnvelopeCorrelation.WindowMilliseconds, 280, 320);
    }

    [Fact]
    public void DifferentSpeech_DoesNotCorrelate_EvenWithDriftAllowed()
    {
        var speech = SpeechClips.Jfk(TimeSpan.FromSeconds(6));
        var other = WavReader.Read(TestPaths.Audio("en_librivox_sas01_0870.wav")).ToMono();
        double aligned = EnvelopeCorrelation.Aligned(speech.Samples, speech.SampleRate, other.Samples, other.SampleRate, MaxLag, Drift);
        Assert.True(aligned < 0.6, aligned.ToString());
    }
}
