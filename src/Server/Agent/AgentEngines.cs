using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Engines;

namespace MediaCore.Server.Agent;

/// <summary>
/// The engines every agent call shares: one speech recogniser (its decoder pool serves all calls), one voice, and the
/// factory that hands out per-call VAD detectors over one loaded Silero model. Built once per process.
/// </summary>
public sealed class AgentEngines : IDisposable
{
    private readonly InferenceEngineFactory _factory;
    private readonly bool _owned = true;

    public AgentEngines(InferenceEngineFactory factory, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
        SpeechToText = factory.CreateSpeechToText(out var stt);
        Voice = factory.CreateTextToSpeech(language, out var tts);
        // Load the VAD model now (first call should not pay for it) and report what was chosen.
        factory.CreateVoiceActivityDetector(16_000, out var vad).Dispose();
        Choices = [stt, tts, vad];
    }

    // A view over another instance's engines (see WithEngines): shares its factory, owns nothing.
    private AgentEngines(AgentEngines shared, ISpeechToText stt, ITextToSpeech voice)
    {
        _factory = shared._factory;
        _owned = false;
        SpeechToText = stt;
        Voice = voice;
        Choices = shared.Choices;
    }

    /// <summary>PocketSphinx with tenant grammars (no Whisper weights here), flite for English, Silero VAD.</summary>
    public static AgentEngines CreateDefault(string? modelsDir = null) =>
        new(new InferenceEngineFactory(new InferenceOptions
        {
            Stt = SttEngine.PocketSphinx,
            Voices = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["en"] = "flite:slt" },
            Vad = VadEngine.Silero,
            ModelsDir = modelsDir,
        }));

    public ISpeechToText SpeechToText { get; }

    public ITextToSpeech Voice { get; }

    /// <summary>What the factory chose for STT, TTS and VAD (with reasons, e.g. a fallback to the energy VAD).</summary>
    public IReadOnlyList<EngineChoice> Choices { get; }

    /// <summary>A fresh detector for one call (16 kHz: the pipeline runs VAD at the STT rate).</summary>
    public IVoiceActivityDetector CreateDetector() => _factory.CreateVoiceActivityDetector(16_000, out _);

    /// <summary>
    /// The same engines with the recogniser and voice replaced by wrappers of them (the host wraps them to measure
    /// their real-time factor). The view disposes nothing: the original keeps owning the engines.
    /// </summary>
    public AgentEngines WithEngines(Func<ISpeechToText, ISpeechToText> speechToText, Func<ITextToSpeech, ITextToSpeech> voice)
    {
        ArgumentNullException.ThrowIfNull(speechToText);
        ArgumentNullException.ThrowIfNull(voice);
        return new AgentEngines(this, speechToText(SpeechToText), voice(Voice));
    }

    public void Dispose()
    {
        if (!_owned)
            return;
        SpeechToText.Dispose();
        Voice.Dispose();
        _factory.Dispose();
    }
}
