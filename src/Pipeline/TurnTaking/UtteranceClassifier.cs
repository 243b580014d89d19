namespace MediaCore.Pipeline.TurnTaking;

/// <summary>
/// Word lists (English and Hindi/Hinglish in Latin script) that tell a backchannel from an interruption, spot fillers
/// and number dictation. Works on lower-cased words; punctuation is ignored.
/// </summary>
public static class UtteranceClassifier
{
    private static readonly HashSet<string> Backchannels = new(StringComparer.OrdinalIgnoreCase)
    {
        "haan", "han", "ha", "haa", "hmm", "hm", "mm", "mhm", "uh-huh", "okay", "ok", "achha", "acha", "accha", "right",
        "yeah", "yes", "ji", "theek", "thik", "sure", "alright", "cool",
    };

    // Words that ask the bot to stop, and question words (English and Hindi/Hinglish). "where" also covers a quick
    // "wait" (PocketSphinx's language model hears flite kal's "wait" as "where it"). Left out on purpose, because a
    // partial of a backchannel decodes as them: "how" and "who" ("haan", "hmm"), "no" and "hello" ("okay", "haan").
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "wait", "stop", "hold", "excuse", "sorry", "pardon", "listen", "ruko", "ruk", "rukiye", "rukho", "suno",
        "suniye", "what", "where", "why", "when", "which", "kya", "kyun", "kyon", "kaise", "kab", "kahan", "kaun",
        "kitna", "kitne",
    };

    private static readonly HashSet<string> Fillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "um", "umm", "uh", "uhh", "er", "erm", "ah", "matlab", "woh", "wo", "like", "so", "basically", "actually",
    };

    // Multi-word fillers, checked on the end of the text.
    private static readonly string[] FillerPhrases = ["ek minute", "ek second", "one second", "let me see", "let me think"];

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "double", "triple",
        "ek", "do", "teen", "char", "chaar", "paanch", "panch", "chhe", "che", "saat", "aath", "nau", "shunya",
    };

    private static readonly char[] Separators = [' ', '\t', ',', '.', '!', '?', ';', ':', '\n', '\r', '"', '\''];

    public static string[] Words(string text) =>
        text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Backchannel words alone do not interrupt; stop words or a question interrupt (<see cref="UtteranceKind.Stop"/>),
    /// and so does any other word (<see cref="UtteranceKind.Interrupting"/>).
    /// </summary>
    public static UtteranceKind Classify(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return UtteranceKind.Empty;
        if (text.Contains('?'))
            return UtteranceKind.Stop;
        var words = Words(text);
        if (words.Length == 0)
            return UtteranceKind.Empty;
        bool anyBackchannel = false;
        bool anyOther = false;
        foreach (var word in words)
        {
            if (StopWords.Contains(word))
                return UtteranceKind.Stop;
            if (Backchannels.Contains(word))
                anyBackchannel = true;
            else if (!Fillers.Contains(word))
                anyOther = true;
        }
        return anyOther ? UtteranceKind.Interrupting : anyBackchannel ? UtteranceKind.Backchannel : UtteranceKind.Filler;
    }

    public static bool EndsWithFiller(string text)
    {
        var trimmed = text.TrimEnd(Separators);
        foreach (var phrase in FillerPhrases)
            if (trimmed.EndsWith(phrase, StringComparison.OrdinalIgnoreCase))
                return true;
        var words = Words(trimmed);
        return words.Length > 0 && Fillers.Contains(words[^1]);
    }

    /// <summary>Two or more digits / number words among the last words: the caller is reading out a number.</summary>
    public static bool LooksLikeNumberDictation(string text)
    {
        var words = Words(text);
        int numeric = 0;
        for (int i = Math.Max(0, words.Length - 4); i < words.Length; i++)
            if (NumberWords.Contains(words[i]) || words[i].All(char.IsAsciiDigit))
                numeric += words[i].All(char.IsAsciiDigit) ? words[i].Length : 1;
        return numeric >= 2;
    }
}
