namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>
/// The eleven int32 hyper-parameters after the magic of a whisper.cpp ggml model file, in file order.
/// <see cref="FType"/> 0 = f32 weights, 1 = f16 weights. English-only vocabularies have 51864 entries, multilingual ≥ 51865.
/// </summary>
public readonly record struct GgmlWhisperHyperParameters(
    int NVocab,
    int NAudioCtx,
    int NAudioState,
    int NAudioHead,
    int NAudioLayer,
    int NTextCtx,
    int NTextState,
    int NTextHead,
    int NTextLayer,
    int NMels,
    int FType)
{
    public const int EnglishVocabularySize = 51864;
    public const int MultilingualVocabularySize = 51865;
    public const int FTypeF32 = 0;
    public const int FTypeF16 = 1;

    /// <summary>Fast test model: state 64, 1 encoder + 1 decoder layer, 1 head, 64-token text context (≈ 8 MB f16).</summary>
    public static GgmlWhisperHyperParameters TestTiny { get; } = new(EnglishVocabularySize, 1500, 64, 1, 1, 64, 64, 1, 1, 80, FTypeF16);

    /// <summary>The dimensions of OpenAI's tiny model (≈ 78 MB f16): the real tiny model's compute cost.</summary>
    public static GgmlWhisperHyperParameters RealTiny { get; } = new(EnglishVocabularySize, 1500, 384, 6, 4, 448, 384, 6, 4, 80, FTypeF16);

    /// <summary>The dimensions of OpenAI's base model (≈ 148 MB f16).</summary>
    public static GgmlWhisperHyperParameters RealBase { get; } = new(EnglishVocabularySize, 1500, 512, 8, 6, 448, 512, 8, 6, 80, FTypeF16);

    public bool IsMultilingual => NVocab >= MultilingualVocabularySize;

    /// <summary>Why whisper.cpp would reject or mis-run these dimensions, or null when they are usable.</summary>
    public string? Validate()
    {
        if (NTextState != NAudioState)
            return $"n_text_state ({NTextState}) must equal n_audio_state ({NAudioState})";
        if (NAudioHead <= 0 || NTextHead <= 0 || NAudioState % NAudioHead != 0 || NTextState % NTextHead != 0)
            return "the state size must be divisible by the head counts";
        if (NMels != 80)
            return $"n_mels must be 80 (got {NMels})";
        if (NAudioCtx != 1500)
            return $"n_audio_ctx must be 1500 (got {NAudioCtx})";
        if (NAudioLayer <= 0 || NTextLayer <= 0 || NTextCtx <= 0 || NVocab < EnglishVocabularySize)
            return "layer counts and n_text_ctx must be positive and n_vocab at least 51864";
        if (FType is not (FTypeF32 or FTypeF16))
            return $"ftype {FType} is not f32 (0) or f16 (1)";
        return null;
    }
}
