namespace MediaCore.Inference.Engines;

/// <summary>
/// A TTS voice name as configured: "&lt;engine&gt;:&lt;voice&gt;" with engine piper, flite or espeak-ng
/// ("piper:en_US-joe-medium", "flite:slt", "espeak-ng:hi").
/// </summary>
public sealed record VoiceSpec(string Engine, string Voice)
{
    public const string Piper = "piper";
    public const string Flite = "flite";
    public const string EspeakNg = "espeak-ng";

    private static readonly string[] Engines = [Piper, Flite, EspeakNg];

    public override string ToString() => $"{Engine}:{Voice}";

    /// <summary>Parses a voice name; false with a one-line <paramref name="error"/> for anything malformed.</summary>
    public static bool TryParse(string? text, out VoiceSpec spec, out string error)
    {
        spec = new VoiceSpec(string.Empty, string.Empty);
        error = string.Empty;
        var colon = text?.IndexOf(':') ?? -1;
        if (text is null || colon <= 0 || colon == text.Length - 1)
        {
            error = $"voice '{text}' is not of the form engine:voice (e.g. piper:en_US-joe-medium, flite:slt, espeak-ng:hi)";
            return false;
        }
        var engine = text[..colon].Trim().ToLowerInvariant();
        if (engine == "espeak")
            engine = EspeakNg;
        if (!Engines.Contains(engine))
        {
            error = $"voice '{text}' names unknown engine '{engine}'; known: {string.Join(", ", Engines)}";
            return false;
        }
        spec = new VoiceSpec(engine, text[(colon + 1)..].Trim());
        return true;
    }

    /// <summary>As <see cref="TryParse"/>, throwing <see cref="ArgumentException"/>.</summary>
    public static VoiceSpec Parse(string text) =>
        TryParse(text, out var spec, out var error) ? spec : throw new ArgumentException(error, nameof(text));
}
