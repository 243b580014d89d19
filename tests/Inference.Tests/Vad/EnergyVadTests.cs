using MediaCore.Inference.Tests.Onnx;
using MediaCore.Inference.Vad;
using Xunit.Abstractions;

namespace MediaCore.Inference.Tests.Vad;

public sealed class EnergyVadTests(ITestOutputHelper output)
{
    // The fallback decides per 20 ms frame on energy alone: allow 150 ms (vs 64 ms for Silero).
    private const double ToleranceMs = 150;

    // An energy detector cannot tell a step in background noise from speech, so the prefix is either digital silence
    // (which it ignores) or noise at the clip's own background level: one continuous line, as on a real call.
    [Theory]
    [InlineData("en_jfk.wav", "silence")]
    [InlineData("en_jfk.wav", "background")]
    [InlineData("en_librivox_sas01_0880.wav", "background")]
    [InlineData("en_goforward.wav", "silence")]
    [InlineData("en_leopard_quilter.wav", "background")]
    [InlineData("en_cards_001.wav", "silence")]
    [InlineData("en_osr_us_000_0034_8k.wav", "background")]
    public void Speech_onset_after_a_quiet_second_is_found_within_150_ms(string clipName, string prefixKind)
    {
        var (clip, rate) = VadTestAudio.ReadWav(OnnxTestPaths.Audio(clipName));
        clip = clip.AsSpan(0, Math.Min(clip.Length, 4 * rate)).ToArray();
        var prefix = prefixKind == "silence"
            ? VadTestAudio.Silence(rate, 1.0)
            : VadTestAudio.WhiteNoise(rate, 1.0, rms: SpeechOnset.BackgroundRms(clip, rate), seed: 7);
        var trueOnset = prefix.Length + SpeechOnset.FindOnsetSample(clip, rate);
        using var vad = new EnergyVoiceActivityDetector(rate);

        var probabilities = VadRun.Frames(vad, VadTestAudio.Concat(prefix, clip), rate / 50);
        var detected = VadRun.FirstDetectionEnd(probabilities, rate / 50, rate / 50);

        var errorMs = VadRun.Milliseconds(detected - trueOnset, rate);
        output.WriteLine($"{clipName}: true onset {VadRun.Milliseconds(trueOnset, rate):F0} ms, detected {VadRun.Milliseconds(detected, rate):F0} ms ({errorMs:+0;-0} ms)");
        Assert.True(detected > 0, "speech never detected");
        Assert.InRange(errorMs, -ToleranceMs, ToleranceMs);
    }

    [Theory]
    [MemberData(nameof(SileroVadNoSpeechTests.Signals), MemberType = typeof(SileroVadNoSpeechTests))]
    public void Five_seconds_without_speech_never_reach_one_half(string kind, int rate)
    {
        var audio = NoSpeech.Make(kind, rate);
        using var vad = new EnergyVoiceActivityDetector(rate);

        var probabilities = VadRun.Frames(vad, audio, rate / 50);

        Assert.All(probabilities, p => Assert.True(p < 0.5f, $"{kind} at {rate} Hz reached {p:F2}"));
    }

    [Fact]
    public void Speech_over_line_noise_is_still_found()
    {
        // Speech mixed onto the same -40 dBFS pink noise that alone never triggers the detector.
        var (clip, rate) = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_jfk.wav"));
        var noise = VadTestAudio.PinkNoise(rate, 1.0 + clip.Length / (double)rate, rms: 300, seed: 43);
        var mixed = noise.Select((n, i) => i < rate ? n : (short)Math.Clamp(n + clip[i - rate], short.MinValue, short.MaxValue)).ToArray();
        var trueOnset = rate + SpeechOnset.FindOnsetSample(clip, rate);
        using var vad = new EnergyVoiceActivityDetector(rate);

        var probabilities = VadRun.Frames(vad, mixed, rate / 50);
        var detected = VadRun.FirstDetectionEnd(probabilities, rate / 50, rate / 50);

        output.WriteLine($"noisy jfk: detected {VadRun.Milliseconds(detected - trueOnset, rate):+0;-0} ms from onset");
        Assert.InRange(VadRun.Milliseconds(detected - trueOnset, rate), -ToleranceMs, ToleranceMs);
    }

    [Fact]
    public void Process_allocates_nothing()
    {
        var (clip, _) = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_jfk.wav"));
        using var vad = new EnergyVoiceActivityDetector(16000);
        vad.Process(clip.AsSpan(0, 3200));

        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (var f = 0; f < 500; f++)
                vad.Process(clip.AsSpan(f * 320, 320));
        }));
    }

    [Fact]
    public void Reset_forgets_the_noise_floor_and_partial_frame()
    {
        var (clip, _) = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_jfk.wav"));
        var hum = VadTestAudio.Hum(16000, 1, amplitude: 1000);
        using var fresh = new EnergyVoiceActivityDetector(16000);
        using var reused = new EnergyVoiceActivityDetector(16000);

        reused.Process(hum.AsSpan(0, 16000 - 77));
        reused.Reset();

        Assert.Equal(VadRun.Frames(fresh, clip, 320), VadRun.Frames(reused, clip, 320));
    }
}
