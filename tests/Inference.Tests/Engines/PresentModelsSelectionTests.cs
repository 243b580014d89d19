using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Engines;
using MediaCore.Inference.PocketSphinx;
using MediaCore.Inference.Tts;
using MediaCore.Inference.Vad;
using MediaCore.Inference.Whisper;
using MediaCore.Media.Native;

using MediaCore.Inference.Tests.PocketSphinx;

namespace MediaCore.Inference.Tests.Engines;

/// <summary>Model files present (a generated whisper model, the real Silero model), and native libraries that fail.</summary>
// PocketSphinx decoders are created here: share the PocketSphinx collection so no decoder loads while another
// collection's decoder is decoding (a concurrent load was seen to change a tenant-grammar result).
[Collection(PocketSphinxCollection.Name)]
public sealed class PresentModelsSelectionTests : IDisposable
{
    private readonly EngineTestModels _models = new();

    [Fact]
    public void A_whisper_model_under_the_configured_file_name_is_chosen_and_decodes()
    {
        var path = _models.WriteWhisperModel();
        using var factory = _models.Factory(new InferenceOptions { Whisper = new WhisperSettings { Threads = 2, MaxTokens = 8 } });

        Assert.Equal("whisper", factory.ChooseSpeechToText().Chosen);
        using var stt = factory.CreateSpeechToText(out var choice);

        var whisper = Assert.IsType<WhisperSpeechToText>(stt);
        Assert.Equal(path, whisper.Model.Path);
        Assert.Equal($"whisper weights ggml-base.en.bin found at {path}", choice.Reason);
        using var session = stt.StartSession(new SpeechRecognitionOptions { Language = "en" });
        session.AcceptAudio(new short[16000]);
        Assert.Equal("whisper", session.Finish().Engine);
    }

    [Fact]
    public void A_corrupt_whisper_file_fails_to_load_and_falls_back_to_pocketsphinx()
    {
        File.WriteAllBytes(Path.Combine(_models.ModelsDir, "ggml-base.en.bin"), new byte[4096]);
        using var factory = _models.Factory();

        Assert.Equal("whisper", factory.ChooseSpeechToText().Chosen); // the check only sees that the file exists
        using var stt = factory.CreateSpeechToText(out var choice);

        Assert.IsType<PocketSphinxSpeechToText>(stt);
        Assert.StartsWith("whisper failed to load (Whisper model '", choice.Reason);
        Assert.Contains("; using PocketSphinx", choice.Reason);
    }

    [Fact]
    public void A_whisper_library_that_does_not_load_falls_back_to_pocketsphinx()
    {
        _models.WriteWhisperModel();
        using var factory = _models.Factory(nativeProblem: name => name == NativeLibraryCatalog.Whisper ? "native library libwhisper.so.1 not found; run 'sudo scripts/setup'" : null);

        var choice = factory.ChooseSpeechToText();

        Assert.Equal("pocketsphinx", choice.Chosen);
        Assert.StartsWith("native library libwhisper.so.1 not found; run 'sudo scripts/setup'; using PocketSphinx", choice.Reason);
    }

    [Fact]
    public void The_silero_model_present_gives_silero()
    {
        var path = _models.CopySileroModel();
        using var factory = _models.Factory();

        using var vad = factory.CreateVoiceActivityDetector(16000, out var choice);

        Assert.IsType<SileroVoiceActivityDetector>(vad);
        Assert.Equal(new EngineChoice(EngineKind.VoiceActivityDetection, "silero", "silero", $"Silero model silero_vad_v5.onnx found at {path}"), choice);
        Assert.False(choice.IsFallback);
    }

    [Fact]
    public void Silero_without_onnx_runtime_falls_back_to_energy()
    {
        _models.CopySileroModel();
        using var factory = _models.Factory(nativeProblem: name => name == NativeLibraryCatalog.OnnxRuntime ? "native library libonnxruntime.so.1 not found" : null);

        var choice = factory.ChooseVoiceActivityDetector();

        Assert.Equal("energy", choice.Chosen);
        Assert.StartsWith("native library libonnxruntime.so.1 not found; using energy VAD", choice.Reason);
    }

    [Fact]
    public void English_without_flite_falls_back_to_espeak_en_us()
    {
        using var factory = _models.Factory(nativeProblem: name => name == NativeLibraryCatalog.Flite ? "native library libflite.so.1 not found" : null);

        using var tts = factory.CreateTextToSpeech("en-IN", out var choice);

        Assert.IsType<EspeakVoice>(tts);
        Assert.Equal("espeak-ng:en-us", choice.Chosen);
        Assert.Contains("Piper voice files en_US-joe-medium.onnx", choice.Reason);
        Assert.Contains("native library libflite.so.1 not found; using espeak-ng:en-us", choice.Reason);
    }

    [Fact]
    public void A_configured_flite_voice_is_used_without_fallback()
    {
        var voices = new Dictionary<string, string> { ["en"] = "flite:kal" };
        using var factory = _models.Factory(new InferenceOptions { Voices = voices });

        using var tts = factory.CreateTextToSpeech("en", out var choice);

        Assert.Equal("flite:kal", tts.VoiceName);
        Assert.Equal(8000, tts.SampleRate);
        Assert.False(choice.IsFallback);
    }

    public void Dispose() => _models.Dispose();
}
