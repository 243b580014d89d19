using System.Text;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// A small rule-based grapheme → ARPAbet fallback for words that are neither in the CMU dictionary nor given a
/// pronunciation by the tenant (romanised Indian menu words and names: "thukpa" → "T UH K P AH").
/// Greedy longest-match over digraph and single-letter rules, tuned toward romanised Hindi/Nepali spelling
/// (a → AH, aa → AA, i → IH, u → UH) since that is what English dictionaries lack. It is deliberately crude:
/// in a tenant grammar the competing words are few, so an approximate pronunciation is enough.
/// An espeak-ng based derivation (espeak_TextToPhonemes IPA → ARPAbet) can replace it once that binding exists.
/// </summary>
public static class LetterToSound
{
    // Longest patterns first; each maps to ARPAbet phones (empty = silent).
    private static readonly (string Graphemes, string Phones)[] Rules =
    [
        ("tch", "CH"), ("sch", "SH"), ("chh", "CH"),
        ("th", "T"), ("sh", "SH"), ("ch", "CH"), ("ph", "F"), ("kh", "K"), ("gh", "G"), ("bh", "B"),
        ("dh", "D"), ("jh", "JH"), ("ng", "NG"), ("ck", "K"), ("qu", "K W"), ("wh", "W"),
        ("ee", "IY"), ("ii", "IY"), ("oo", "UW"), ("uu", "UW"), ("ea", "IY"), ("aa", "AA"), ("ai", "AY"),
        ("ay", "EY"), ("au", "AW"), ("aw", "AO"), ("ou", "AW"), ("ow", "OW"), ("oi", "OY"), ("oy", "OY"),
        ("ie", "IY"), ("ei", "EY"), ("ey", "EY"), ("ue", "UW"),
        ("a", "AH"), ("b", "B"), ("c", "K"), ("d", "D"), ("e", "EH"), ("f", "F"), ("g", "G"), ("h", "HH"),
        ("i", "IH"), ("j", "JH"), ("k", "K"), ("l", "L"), ("m", "M"), ("n", "N"), ("o", "OW"), ("p", "P"),
        ("q", "K"), ("r", "R"), ("s", "S"), ("t", "T"), ("u", "UH"), ("v", "V"), ("w", "W"), ("x", "K S"),
        ("y", "Y"), ("z", "Z"),
    ];

    /// <summary>The 39 ARPAbet phones of the CMU dictionary (stress-free), plus SIL.</summary>
    public static readonly IReadOnlySet<string> Phones = new HashSet<string>(StringComparer.Ordinal)
    {
        "AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH", "ER", "EY", "F", "G", "HH", "IH", "IY", "JH",
        "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH", "T", "TH", "UH", "UW", "V", "W", "Y", "Z", "ZH", "SIL",
    };

    /// <summary>
    /// Distinct candidate pronunciations: the romanised-Indian reading first ("thukpa" → "T UH K P AH"), then how an
    /// English reader (or flite) would say it ("TH AH K P AH"). Adding both as alternates covers either speaker.
    /// </summary>
    public static IReadOnlyList<string> Candidates(string word) =>
        new[] { ToArpabet(word), ToArpabet(word, englishReading: true) }.Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>ARPAbet phones for <paramref name="word"/> (letters and apostrophes only), or "" when it has no letters.</summary>
    public static string ToArpabet(string word, bool englishReading = false)
    {
        var letters = new string(word.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
        var phones = new List<string>();
        for (var i = 0; i < letters.Length;)
        {
            var (graphemes, sound) = Match(letters, i);
            AppendPhones(phones, Adjust(letters, i, graphemes, sound, englishReading));
            i += graphemes.Length;
        }
        return string.Join(' ', phones);
    }

    /// <summary>True when every token of <paramref name="phones"/> is a known ARPAbet phone (stress digits allowed).</summary>
    public static bool IsValidPronunciation(string phones)
    {
        var tokens = phones.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length > 0 && tokens.All(t => Phones.Contains(t.TrimEnd('0', '1', '2').ToUpperInvariant()));
    }

    /// <summary>Uppercases and strips stress digits ("m ow1 m ow0 z" → "M OW M OW Z"), the dictionary's form.</summary>
    public static string Canonical(string phones)
    {
        var text = new StringBuilder();
        foreach (var token in phones.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            text.Append(text.Length == 0 ? "" : " ").Append(token.TrimEnd('0', '1', '2').ToUpperInvariant());
        return text.ToString();
    }

    private static (string Graphemes, string Phones) Match(string letters, int at)
    {
        foreach (var rule in Rules)
        {
            if (string.CompareOrdinal(letters, at, rule.Graphemes, 0, rule.Graphemes.Length) == 0)
                return rule;
        }
        return (letters[at].ToString(), string.Empty);
    }

    // Context rules that single-letter mapping gets wrong in English spelling.
    private static string Adjust(string letters, int at, string graphemes, string sound, bool englishReading)
    {
        if (englishReading && graphemes is "th" or "u")
            return graphemes == "th" ? "TH" : "AH";
        var next = at + graphemes.Length < letters.Length ? letters[at + graphemes.Length] : '\0';
        var isLast = at + graphemes.Length == letters.Length;
        return graphemes switch
        {
            "e" when isLast && at > 1 => string.Empty,              // silent final e: "rice"
            "i" when isLast => "IY",                                 // "biryani", "puri"
            "y" when at > 0 && !IsVowel(next) => "IY",             // "curry" (but "biryani" keeps Y)
            "c" when next is 'e' or 'i' or 'y' => "S",               // "city"
            "g" when next is 'e' or 'i' && at > 0 => "JH",           // "bhaji" style g+i
            "s" when isLast && at > 0 && IsVowel(letters[at - 1]) => "Z", // "momos"
            _ => sound,
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    // Doubled consonants ("paneer" fine, "tikka" → one K) collapse to one phone.
    private static void AppendPhones(List<string> phones, string sound)
    {
        foreach (var phone in sound.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (phones.Count > 0 && phones[^1] == phone && !IsVowelPhone(phone))
                continue;
            phones.Add(phone);
        }
    }

    private static bool IsVowelPhone(string phone) => phone[0] is 'A' or 'E' or 'I' or 'O' or 'U';
}
