namespace MediaCore.Inference.Whisper.ModelFile;

/// <summary>Options for <see cref="GgmlWhisperModelWriter"/>.</summary>
public sealed record GgmlWhisperModelWriterOptions
{
    /// <summary>Seed of the weight generator: the same seed writes the same file.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Random weights are uniform in ±this value (small enough that activations never overflow f16).</summary>
    public float WeightRange { get; init; } = 0.05f;

    /// <summary>
    /// A whisper model or loader fixture whose mel filters and vocabulary are copied verbatim (bytes 48 to the end of
    /// its vocabulary); null generates triangular mel filters and a synthetic vocabulary.
    /// </summary>
    public string? VocabularySource { get; init; }
}
