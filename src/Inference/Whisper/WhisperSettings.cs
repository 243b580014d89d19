namespace MediaCore.Inference.Whisper;

/// <summary>
/// Engine-wide decoding settings, tuned for short telephone utterances: no timestamps, one segment, no carried
/// context, no temperature fallback (a garbage decode is not retried five times), a hard token cap, and an encoder
/// window shortened to the utterance. The language comes per call from <c>SpeechRecognitionOptions.Language</c>.
/// </summary>
public sealed record WhisperSettings
{
    /// <summary>Whisper's fixed input rate.</summary>
    public const int SampleRate = 16000;

    /// <summary>Whisper's window: longer utterances keep only their last 30 s.</summary>
    public static readonly TimeSpan MaxUtterance = TimeSpan.FromSeconds(30);

    /// <summary>CPU threads per decode (each concurrent session uses this many).</summary>
    public int Threads { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Greedy (default) or beam search.</summary>
    public WhisperSamplingStrategy Strategy { get; init; } = WhisperSamplingStrategy.Greedy;

    /// <summary>Beam width for <see cref="WhisperSamplingStrategy.BeamSearch"/>.</summary>
    public int BeamSize { get; init; } = 4;

    /// <summary>Cap on text tokens per decode (whisper.cpp's max_tokens; it emits at most one more).</summary>
    public int MaxTokens { get; init; } = 64;

    /// <summary>Translate to English instead of transcribing.</summary>
    public bool Translate { get; init; }

    /// <summary>
    /// Runs the encoder over only as many positions as the audio needs (ceil(samples / 320) + margin, rounded up to 64,
    /// at most 1500) instead of the full 30 s window: 2–3× faster on short utterances, slightly less accurate.
    /// </summary>
    public bool ShortenAudioContext { get; init; } = true;

    /// <summary>Extra encoder positions (20 ms each) beyond the audio when <see cref="ShortenAudioContext"/> is on.</summary>
    public int AudioContextMargin { get; init; } = 64;

    /// <summary>Suppress a blank first token (whisper's suppress_blank).</summary>
    public bool SuppressBlank { get; init; } = true;

    /// <summary>Suppress non-speech tokens such as "[music]" (whisper's suppress_nst).</summary>
    public bool SuppressNonSpeechTokens { get; init; } = true;

    /// <summary>Minimum time between two partial decodes of one session (<c>ShouldDecodePartial</c>).</summary>
    public TimeSpan PartialInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Audio needed before the first partial is worth decoding.</summary>
    public TimeSpan MinPartialAudio { get; init; } = TimeSpan.FromMilliseconds(500);
}
