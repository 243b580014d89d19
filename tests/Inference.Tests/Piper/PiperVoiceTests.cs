using MediaCore.Inference.Onnx;
using MediaCore.Inference.Piper;
using MediaCore.Inference.Tests.Onnx;

namespace MediaCore.Inference.Tests.Piper;

public sealed class PiperVoiceTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("mediacore-piper-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_hand_written_model_has_pipers_signature()
    {
        using var session = InferenceSession.FromBytes(TinyPiperModel.Build());

        Assert.Equal(["input", "input_lengths", "scales"], session.Inputs.Select(i => i.Name));
        Assert.Equal([TensorElementType.Int64, TensorElementType.Int64, TensorElementType.Float], session.Inputs.Select(i => i.ElementType));
        Assert.Equal([1L, -1L], session.Inputs[0].Shape);
        Assert.Equal("phonemes", session.Inputs[0].SymbolicDimensions[1]);
        Assert.Equal([3L], session.Inputs[2].Shape);
        Assert.Equal("output", session.Outputs[0].Name);
        Assert.Equal([1L, 1L, 1L, -1L], session.Outputs[0].Shape);
    }

    [Fact]
    public async Task Sentences_run_through_the_model_and_stream_as_20_ms_chunks()
    {
        var model = PiperTestVoice.Install(folder);
        string[] sentences = ["hɛlˈoʊ", "wɜːld."];
        using var voice = new PiperVoice(model, _ => sentences);

        var chunks = new List<short[]>();
        await foreach (var chunk in voice.SynthesizeAsync("hello world."))
        {
            Assert.Equal(22050, chunk.SampleRate);
            chunks.Add(chunk.Samples.ToArray());
        }

        var expected = sentences.SelectMany(s => ExpectedPcm(voice.Config, s)).ToArray();
        Assert.Equal(expected, chunks.SelectMany(c => c).ToArray());
        Assert.All(chunks, c => Assert.InRange(c.Length, 1, 441));
        Assert.Equal("piper:en_US-tiny-test", voice.VoiceName);
        Assert.Equal(0, voice.LastMissingPhonemes);
    }

    [Fact]
    public async Task Cancellation_stops_between_chunks()
    {
        var model = PiperTestVoice.Install(folder);
        using var voice = new PiperVoice(model, _ => [new string('l', 400)]); // ~800 ids: two chunks
        using var cancel = new CancellationTokenSource();

        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in voice.SynthesizeAsync("x", cancel.Token))
            {
                received++;
                cancel.Cancel();
            }
        });

        Assert.Equal(1, received);
    }

    [Fact]
    public void A_model_without_pipers_inputs_is_rejected_by_name()
    {
        var model = Path.Combine(folder, "silero.onnx");
        File.Copy(OnnxTestPaths.SileroModel, model);
        File.WriteAllText(model + ".json", PiperTestVoice.Json);

        var error = Assert.Throws<InvalidDataException>(() => new PiperVoice(model, _ => []));

        Assert.Contains("input_lengths", error.Message);
        Assert.Contains(model, error.Message);
    }

    [Fact]
    public void A_missing_config_names_its_path()
    {
        var model = Path.Combine(folder, "voice.onnx");
        File.WriteAllBytes(model, TinyPiperModel.Build());

        var error = Assert.Throws<FileNotFoundException>(() => new PiperVoice(model, _ => []));

        Assert.Equal(model + ".json", error.FileName);
    }

    // The tiny model outputs id · (noise + length + noise_w) · 1e-5; Piper then scales the peak to full scale,
    // except that peaks under 0.01 are scaled as if they were 0.01.
    private static short[] ExpectedPcm(PiperVoiceConfig config, string phonemes)
    {
        var ids = PiperPhonemeIds.FromPhonemes(phonemes, config.PhonemeIdMap, out _);
        var sum = config.NoiseScale + config.LengthScale + config.NoiseW;
        var audio = ids.Select(id => id * sum * TinyPiperModel.Gain).ToArray();
        var scale = 32767f / Math.Max(0.01f, audio.Max(Math.Abs));
        return audio.Select(a => (short)Math.Clamp(a * scale, short.MinValue, short.MaxValue)).ToArray();
    }
}
