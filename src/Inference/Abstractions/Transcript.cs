namespace MediaCore.Inference.Abstractions;

/// <summary>A recognition result. Empty audio gives an empty text, never an error.</summary>
public sealed record Transcript(
    string Text,
    bool IsFinal,
    string Engine,
    string Language,
    float LanguageProbability,
    float Confidence,
    TimeSpan AudioDuration,
    TimeSpan DecodeTime)
{
    public static Transcript Empty(string engine, bool isFinal) =>
        new(string.Empty, isFinal, engine, "und", 0f, 0f, TimeSpan.Zero, TimeSpan.Zero);
}
