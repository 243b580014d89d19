using MediaCore.Inference.Tests.Onnx;
using MediaCore.Inference.Vad;

namespace MediaCore.Inference.Tests.Vad;

public sealed class SileroVadBehaviourTests(SileroVadFixture fixture) : IClassFixture<SileroVadFixture>
{
    private static readonly short[] Jfk = VadTestAudio.ReadWav(OnnxTestPaths.Audio("en_jfk.wav")).Samples;

    [Fact]
    public void Chunk_size_does_not_change_the_window_probabilities()
    {
        var audio = Jfk.AsSpan(0, 512 * 60).ToArray();
        using var byWindow = fixture.Model.CreateDetector(16000);
        using var byOddChunks = fixture.Model.CreateDetector(16000);

        var expected = VadRun.Frames(byWindow, audio, 512);
        var actual = new List<float>();
        var fed = 0;
        var chunk = 97; // deliberately not a divisor of 512
        while (fed < audio.Length)
        {
            var take = Math.Min(chunk, audio.Length - fed);
            var before = fed / 512;
            var p = byOddChunks.Process(audio.AsSpan(fed, take));
            fed += take;
            if (fed / 512 > before)
                actual.Add(p);
        }

        Assert.Equal(expected, actual);
        Assert.Contains(expected, p => p >= 0.5f); // the comparison covers real speech, not only silence
    }

    [Fact]
    public void Reset_makes_the_detector_behave_like_a_new_one()
    {
        var speech = Jfk.AsSpan(16000, 16000 * 2).ToArray();
        var next = Jfk.AsSpan(16000 * 5, 16000 * 2).ToArray();
        using var fresh = fixture.Model.CreateDetector(16000);
        using var reused = fixture.Model.CreateDetector(16000);

        VadRun.Frames(reused, speech[..^100], 320); // leaves a part-filled window behind
        reused.Reset();
        var afterReset = VadRun.Frames(reused, next, 320);
        var expected = VadRun.Frames(fresh, next, 320);

        Assert.Equal(expected, afterReset);
    }

    [Fact]
    public void Process_allocates_nothing_after_warm_up()
    {
        using var vad = fixture.Model.CreateDetector(16000);
        var audio = Jfk; // 550 frames of 20 ms: the loop goes round it about twice
        var frames = audio.Length / 320;
        VadRun.Frames(vad, audio.AsSpan(0, 320 * 100), 320);

        var speechFrames = 0;
        var allocated = AllocationProbe.FewestBytes(() =>
        {
            speechFrames = 0;
            for (var f = 0; f < 1000; f++)
            {
                if (vad.Process(audio.AsSpan(f % frames * 320, 320)) >= 0.5f)
                    speechFrames++;
            }
        }, windows: 2);

        Assert.True(allocated == 0, $"{allocated} bytes allocated");
        Assert.InRange(speechFrames, 100, 999); // the loop really ran the model over speech
    }

    [Fact]
    public void Detectors_on_one_model_keep_separate_state()
    {
        var speech = Jfk.AsSpan(16000, 16000).ToArray();
        var silence = VadTestAudio.Silence(16000, 1);
        using var talking = fixture.Model.CreateDetector(16000);
        using var quiet = fixture.Model.CreateDetector(16000);

        var talkingMax = 0f;
        var quietMax = 0f;
        for (var f = 0; f < 50; f++)
        {
            talkingMax = Math.Max(talkingMax, talking.Process(speech.AsSpan(f * 320, 320)));
            quietMax = Math.Max(quietMax, quiet.Process(silence.AsSpan(f * 320, 320)));
        }

        Assert.True(talkingMax >= 0.5f);
        Assert.True(quietMax < 0.1f);
    }

    [Theory]
    [InlineData(44100)]
    [InlineData(48000)]
    [InlineData(0)]
    public void Only_8k_and_16k_are_accepted(int rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Model.CreateDetector(rate));
    }

    [Fact]
    public void A_configured_model_path_that_does_not_exist_is_named()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-dir-mediacore", "silero.onnx");

        var error = Assert.Throws<FileNotFoundException>(() => SileroVadModel.Load(path));

        Assert.Contains(path, error.Message);
    }
}
