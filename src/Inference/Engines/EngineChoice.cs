namespace MediaCore.Inference.Engines;

/// <summary>
/// One engine decision, for `mediacore check` and the logs: what was asked for, what is used, and why
/// (e.g. "whisper weights ggml-base.en.bin not found in models/cache, ../shared/models; using PocketSphinx").
/// </summary>
/// <param name="Kind">Which slot.</param>
/// <param name="Chosen">The engine or voice in use ("whisper", "pocketsphinx", "flite:slt", "espeak-ng:hi", "silero", "energy").</param>
/// <param name="Requested">What the configuration asked for ("auto", "whisper", "piper:en_US-joe-medium", …).</param>
/// <param name="Reason">One sentence explaining the decision.</param>
/// <param name="Language">The language a TTS voice serves; null for STT and VAD.</param>
public sealed record EngineChoice(EngineKind Kind, string Chosen, string Requested, string Reason, string? Language = null)
{
    /// <summary>True when the configured engine could not be used and a fallback was taken.</summary>
    public bool IsFallback => !string.Equals(Chosen, Requested, StringComparison.OrdinalIgnoreCase) && Requested != "auto";

    public override string ToString()
    {
        var slot = Kind switch
        {
            EngineKind.SpeechToText => "stt",
            EngineKind.TextToSpeech => $"tts[{Language}]",
            _ => "vad",
        };
        return $"{slot}: {Chosen} (requested {Requested}) - {Reason}";
    }
}
