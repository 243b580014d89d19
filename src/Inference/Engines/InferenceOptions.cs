using MediaCore.Inference.PocketSphinx;
using MediaCore.Inference.Whisper;

namespace MediaCore.Inference.Engines;

/// <summary>
/// Which inference engines to use, before fallback. <see cref="InferenceEngineFactory"/> turns this into engines,
/// taking the documented fallbacks when something is missing: Whisper → PocketSphinx, Piper → flite (English) or
/// espeak-ng (other languages), Silero → energy VAD.
/// </summary>
public sealed record InferenceOptions
{
    /// <summary>The voices used when the configuration names none: Piper where a voice exists, flite/espeak-ng otherwise.</summary>
    public static IReadOnlyDictionary<string, string> DefaultVoices { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "piper:en_US-joe-medium",
        ["hi"] = "piper:hi_IN-pratham-medium",
    };

    public SttEngine Stt { get; init; } = SttEngine.Auto;

    /// <summary>Manifest name of the whisper weights (models/manifest.json), e.g. "whisper-base.en".</summary>
    public string WhisperModel { get; init; } = "whisper-base.en";

    public WhisperSettings Whisper { get; init; } = new();

    /// <summary>PocketSphinx engine settings (tenant grammar on/off, utterance cap).</summary>
    public PocketSphinxEngineOptions PocketSphinx { get; init; } = new();

    /// <summary>PocketSphinx model folder; null: Debian's en-us.</summary>
    public string? PocketSphinxModelFolder { get; init; }

    /// <summary>Language ("en", "hi") → voice name ("piper:en_US-joe-medium", "flite:slt", "espeak-ng:hi").</summary>
    public IReadOnlyDictionary<string, string> Voices { get; init; } = DefaultVoices;

    public VadEngine Vad { get; init; } = VadEngine.Silero;

    /// <summary>Folder searched first for model files; null: $MEDIACORE_MODELS_DIR, then models/cache, then ../shared/models.</summary>
    public string? ModelsDir { get; init; }

    /// <summary>Take the fallback engine when the requested one is unavailable (off: fail with the reason).</summary>
    public bool AllowFallback { get; init; } = true;
}
