namespace MediaCore.Inference.Text;

/// <summary>
/// Rewrites text for a speech synthesiser: prices, clock times, phone numbers, dates and ordinals, percentages,
/// ranges, numbers and "&amp;" become the words a person would say, in the order
/// currency → time → phone → date/ordinal → number → symbol (earlier rules claim their digits first).
/// <list type="bullet">
/// <item>"en", "en-IN": English with Indian grouping ("₹1,50,000" → "one lakh fifty thousand rupees").</item>
/// <item>"en-US", "en-GB": English with million/billion.</item>
/// <item>"hi-Latn", "hinglish": romanised Hindi ("₹220" → "do sau bees rupaye", "8:30" → "saadhe aath baje").</item>
/// </list>
/// Devanagari output for "hi" is not implemented. Instances are immutable and thread-safe.
/// </summary>
public sealed class SpeechNormalizer
{
    private readonly ISpeechVerbalizer _words;

    /// <param name="language">A language tag from the list above (case-insensitive).</param>
    public SpeechNormalizer(string language = "en")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        _words = language.ToLowerInvariant() switch
        {
            "en" or "en-in" => new EnglishVerbalizer(indianNumbering: true),
            "en-us" or "en-gb" => new EnglishVerbalizer(indianNumbering: false),
            "hi-latn" or "hinglish" => new HinglishVerbalizer(),
            _ => throw new ArgumentException(
                $"No speech normalisation rules for '{language}'; supported: {string.Join(", ", SupportedLanguages)}.", nameof(language)),
        };
        Language = language;
    }

    public static IReadOnlyList<string> SupportedLanguages { get; } = ["en", "en-IN", "en-US", "en-GB", "hi-Latn", "hinglish"];

    public string Language { get; }

    public string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(c => char.IsAsciiDigit(c) || c is '₹' or '&' or '%'))
            return SymbolRule.Apply(text, _words); // most sentences have nothing to rewrite
        text = CurrencyRule.Apply(text, _words);
        text = TimeRule.Apply(text, _words);
        text = PhoneNumberRule.Apply(text, _words);
        text = OrdinalRule.Apply(text, _words);
        text = NumberRule.Apply(text, _words);
        return SymbolRule.Apply(text, _words);
    }
}
