using MediaCore.Inference.Tests.Onnx;
using Xunit.Abstractions;

namespace MediaCore.Inference.Tests.Vad;

public sealed class SileroVadOnsetTests(SileroVadFixture fixture, ITestOutputHelper output) : IClassFixture<SileroVadFixture>
{
    private const double ToleranceMs = 64;

    [Theory]
    [InlineData("en_jfk.wav", "silence")]
    [InlineData("en_librivox_sas01_0880.wav", "noise")]
    [InlineData("en_goforward.wav", "silence")]
    [InlineData("en_leopard_quilter.wav", "noise")]
    public void Speech_onset_after_a_quiet_second_is_found_within_64_ms(string clipName, string prefixKind)
    {
        var (clip, rate) = VadTestAudio.ReadWav(OnnxTestPaths.Audio(clipName));
        var prefix = prefixKind == "silence" ? VadTestAudio.Silence(rate, 1.0) : VadTestAudio.WhiteNoise(rate, 1.0, rms: 30, seed: 7);
        var trueOnset = prefix.Length + SpeechOnset.FindOnsetSample(clip, rate);
        using var vad = fixture.Model.CreateDetector(rate);

        var probabilities = VadRun.Frames(vad, VadTestAudio.Concat(prefix, clip), rate / 50);
        var detected = VadRun.FirstDetectionEnd(probabilities, rate / 50, vad.WindowSize);

        var errorMs = VadRun.Milliseconds(detected - trueOnset, rate);
        output.WriteLine($"{clipName}: true onset {VadRun.Milliseconds(trueOnset, rate):F0} ms, detected {VadRun.Milliseconds(detected, rate):F0} ms ({errorMs:+0;-0} ms)");
        Assert.True(detected > 0, "speech never detected");
        Assert.InRange(errorMs, -ToleranceMs, ToleranceMs);
    }

    [Fact]
    public void A_plosive_onset_is_found_within_three_windows()
    {
        // "ten of clubs" opens on a /t/ burst: Silero's first fully-speech window scores 0.33 and the next one 0.99,
        // so the decision lands 68 ms after the energy onset — past the 64 ms goal by one window edge. Kept honest here.
        var (clip, rate) = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_cards_001.wav"));
        var prefix = VadTestAudio.Silence(rate, 1.0);
        var trueOnset = prefix.Length + SpeechOnset.FindOnsetSample(clip, rate);
        using var vad = fixture.Model.CreateDetector(rate);

        var probabilities = VadRun.Frames(vad, VadTestAudio.Concat(prefix, clip), rate / 50);
        var detected = VadRun.FirstDetectionEnd(probabilities, rate / 50, vad.WindowSize);

        var errorMs = VadRun.Milliseconds(detected - trueOnset, rate);
        output.WriteLine($"en_cards_001.wav: true onset {VadRun.Milliseconds(trueOnset, rate):F0} ms, detected {VadRun.Milliseconds(detected, rate):F0} ms ({errorMs:+0;-0} ms)");
        Assert.InRange(errorMs, -ToleranceMs, 3 * 32);
    }

    [Fact]
    public void Narrowband_8k_speech_onset_is_found_within_64_ms()
    {
        var (clip, rate) = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_osr_us_000_0034_8k.wav"));
        Assert.Equal(8000, rate);
        var firstSentence = clip.AsSpan(0, 4 * rate).ToArray();
        var prefix = VadTestAudio.Silence(rate, 1.0);
        var trueOnset = prefix.Length + SpeechOnset.FindOnsetSample(firstSentence, rate);
        using var vad = fixture.Model.CreateDetector(rate);

        var probabilities = VadRun.Frames(vad, VadTestAudio.Concat(prefix, firstSentence), rate / 50);
        var detected = VadRun.FirstDetectionEnd(probabilities, rate / 50, vad.WindowSize);

        var errorMs = VadRun.Milliseconds(detected - trueOnset, rate);
        output.WriteLine($"8k: true onset {VadRun.Milliseconds(trueOnset, rate):F0} ms, detected {VadRun.Milliseconds(detected, rate):F0} ms ({errorMs:+0;-0} ms)");
        Assert.Equal(256, vad.WindowSize);
        Assert.InRange(errorMs, -ToleranceMs, ToleranceMs);
    }

    [Fact]
    public void Narrowband_8k_recording_is_mostly_speech_where_the_talker_talks()
    {
        var (clip, rate) = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_osr_us_000_0034_8k.wav"));
        using var vad = fixture.Model.CreateDetector(rate);

        var probabilities = VadRun.Frames(vad, clip, rate / 50);

        // Ten read sentences with pauses: a working detector marks a large share, but far from all, as speech.
        var speechShare = probabilities.Count(p => p >= 0.5f) / (double)probabilities.Length;
        output.WriteLine($"8k speech share {speechShare:P0}");
        Assert.InRange(speechShare, 0.4, 0.9);
    }
}
