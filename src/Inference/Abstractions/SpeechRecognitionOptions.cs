namespace MediaCore.Inference.Abstractions;

/// <summary>Per-call recognition settings.</summary>
public sealed record SpeechRecognitionOptions
{
    /// <summary>"auto", "en" or "hi".</summary>
    public string Language { get; init; } = "auto";

    /// <summary>Phrases the tenant expects (menu items, names): grammar-capable engines bias toward them.</summary>
    public IReadOnlyList<string> ExpectedPhrases { get; init; } = [];

    /// <summary>Pronunciations for words a dictionary may lack, as word → ARPAbet phones ("momos" → "M OW M OW Z").</summary>
    public IReadOnlyDictionary<string, string> Pronunciations { get; init; } = new Dictionary<string, string>();
}
