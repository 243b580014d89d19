using MediaCore.Inference.Engines;
using MediaCore.Inference.PocketSphinx;
using MediaCore.Inference.Tts;
using MediaCore.Inference.Vad;

using MediaCore.Inference.Tests.PocketSphinx;

namespace MediaCore.Inference.Tests.Engines;

/// <summary>No model files at all: PocketSphinx, flite (English), espeak-ng (Hindi) and the energy VAD, each with its reason.</summary>
// PocketSphinx decoders are created here: share the PocketSphinx collection so no decoder loads while another
// collection's decoder is decoding (a concurrent load was seen to change a tenant-grammar result).
[Collection(PocketSphinxCollection.Name)]
public sealed class EmptyModelsSelectionTests : IDisposable
{
    private readonly EngineTestModels _models = new();

    [Fact]
    public void Stt_falls_back_to_pocketsphinx_naming_the_missing_weights()
    {
        using var factory = _models.Factory();

        var choice = factory.ChooseSpeechToText();

        Assert.Equal(EngineKind.SpeechToText, choice.Kind);
        Assert.Equal("pocketsphinx", choice.Chosen);
        Assert.Equal("auto", choice.Requested);
        Assert.StartsWith("whisper weights ggml-base.en.bin not found in " + _models.ModelsDir, choice.Reason);
        Assert.Contains("mediacore models fetch --only whisper-base.en", choice.Reason);
        Assert.Contains("; using PocketSphinx", choice.Reason);
    }

    [Fact]
    public void Configured_whisper_also_falls_back_and_counts_as_a_fallback()
    {
        using var factory = _models.Factory(new InferenceOptions { Stt = SttEngine.Whisper, WhisperModel = "whisper-tiny.en" });

        using var stt = factory.CreateSpeechToText(out var choice);

        Assert.IsType<PocketSphinxSpeechToText>(stt);
        Assert.True(choice.IsFallback);
        Assert.Contains("ggml-tiny.en.bin not found", choice.Reason);
    }

    [Fact]
    public void Without_fallback_missing_whisper_weights_fail_with_the_fetch_command()
    {
        using var factory = _models.Factory(new InferenceOptions { Stt = SttEngine.Whisper, AllowFallback = false });

        var error = Assert.Throws<EngineUnavailableException>(() => factory.CreateSpeechToText(out _));

        Assert.Equal(EngineKind.SpeechToText, error.Kind);
        Assert.Contains("ggml-base.en.bin not found", error.Message);
        Assert.Contains("mediacore models fetch --only whisper-base.en", error.Message);
    }

    [Fact]
    public void English_piper_voice_falls_back_to_flite_slt()
    {
        using var factory = _models.Factory();

        using var tts = factory.CreateTextToSpeech("en", out var choice);

        Assert.IsType<FliteVoice>(tts);
        Assert.Equal("flite:slt", tts.VoiceName);
        Assert.Equal(new EngineChoice(EngineKind.TextToSpeech, "flite:slt", "piper:en_US-joe-medium", choice.Reason, "en"), choice);
        Assert.StartsWith("Piper voice files en_US-joe-medium.onnx (+ .json) not found", choice.Reason);
        Assert.EndsWith("using flite:slt (flite voice slt (in-process))", choice.Reason);
    }

    [Fact]
    public void Hindi_piper_voice_falls_back_to_espeak_ng_hi()
    {
        using var factory = _models.Factory();

        using var tts = factory.CreateTextToSpeech("hi", out var choice);

        Assert.IsType<EspeakVoice>(tts);
        Assert.Equal("espeak-ng:hi", choice.Chosen);
        Assert.Equal(22050, tts.SampleRate);
        Assert.Contains("hi_IN-pratham-medium.onnx (+ .json) not found", choice.Reason);
        Assert.Contains("using espeak-ng:hi", choice.Reason);
    }

    [Fact]
    public void Silero_falls_back_to_the_energy_detector_naming_the_model()
    {
        using var factory = _models.Factory();

        using var vad = factory.CreateVoiceActivityDetector(16000, out var choice);

        Assert.IsType<EnergyVoiceActivityDetector>(vad);
        Assert.Equal("energy", choice.Chosen);
        Assert.Equal("silero", choice.Requested);
        Assert.StartsWith("Silero model silero_vad_v5.onnx not found", choice.Reason);
    }

    [Fact]
    public void Plan_lists_stt_each_language_and_vad()
    {
        using var factory = _models.Factory();

        var plan = factory.Plan();

        Assert.Equal(["pocketsphinx", "flite:slt", "espeak-ng:hi", "energy"], plan.Select(c => c.Chosen));
        Assert.Equal([null, "en", "hi", null], plan.Select(c => c.Language));
    }

    public void Dispose() => _models.Dispose();
}
