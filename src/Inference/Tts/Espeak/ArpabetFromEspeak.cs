using System.Text;

namespace MediaCore.Inference.Tts;

/// <summary>
/// Best-effort conversion of espeak-ng's en-us IPA into CMU ARPAbet without stress digits (the form of
/// PocketSphinx's cmudict-en-us.dict), for adding words the dictionary lacks ("momos" → <c>M OW M OW Z</c>).
/// Longest match first; stress and length marks are dropped; a flap (ɾ) and a glottal stop (ʔ) become T as in
/// CMU's "butter"/"button"; symbols with no English counterpart are skipped.
/// </summary>
public static class ArpabetFromEspeak
{
    // Longest entries are tried first; order within the same length does not matter.
    private static readonly (string Ipa, string Arpabet)[] Table = BuildTable(
    [
        ("aɪɚ", "AY ER"), ("aɪə", "AY AH"), ("aʊɚ", "AW ER"), ("aʊə", "AW AH"),
        ("tʃ", "CH"), ("dʒ", "JH"), ("oʊ", "OW"), ("əʊ", "OW"), ("aɪ", "AY"), ("aʊ", "AW"), ("ɔɪ", "OY"), ("eɪ", "EY"),
        ("ɜː", "ER"), ("ɑː", "AA"), ("ɔː", "AO"), ("iː", "IY"), ("uː", "UW"), ("oː", "AO"), ("eː", "EY"), ("aː", "AA"),
        ("n̩", "AH N"), ("l̩", "AH L"), ("m̩", "AH M"), ("ɪə", "IH R"), ("eə", "EH R"), ("ʊə", "UH R"),
        ("ɝ", "ER"), ("ɚ", "ER"), ("ɜ", "ER"), ("ɑ", "AA"), ("ɒ", "AA"), ("ɔ", "AO"), ("o", "OW"), ("i", "IY"), ("u", "UW"),
        ("ɪ", "IH"), ("ᵻ", "IH"), ("ɨ", "IH"), ("ɛ", "EH"), ("e", "EH"), ("æ", "AE"), ("a", "AE"), ("ʌ", "AH"),
        ("ə", "AH"), ("ɐ", "AH"), ("ʊ", "UH"),
        ("p", "P"), ("b", "B"), ("t", "T"), ("d", "D"), ("k", "K"), ("ɡ", "G"), ("g", "G"), ("f", "F"), ("v", "V"),
        ("θ", "TH"), ("ð", "DH"), ("s", "S"), ("z", "Z"), ("ʃ", "SH"), ("ʒ", "ZH"), ("h", "HH"), ("x", "HH"), ("ç", "HH"),
        ("m", "M"), ("n", "N"), ("ɲ", "N"), ("ŋ", "NG"), ("l", "L"), ("ɫ", "L"), ("ɹ", "R"), ("r", "R"), ("ɾ", "T"),
        ("ʔ", "T"), ("w", "W"), ("ʋ", "V"), ("j", "Y"),
    ]);

    /// <summary>ARPAbet phones separated by single spaces (words run together, as one dictionary entry).</summary>
    public static string Convert(string ipa)
    {
        ArgumentNullException.ThrowIfNull(ipa);
        var phones = new StringBuilder();
        var i = 0;
        while (i < ipa.Length)
        {
            var match = Match(ipa, i);
            if (match is null)
            {
                i++; // stress ˈ ˌ, length ː, spaces, unknown symbols
                continue;
            }
            if (phones.Length > 0)
                phones.Append(' ');
            phones.Append(match.Value.Arpabet);
            i += match.Value.Ipa.Length;
        }
        return phones.ToString();
    }

    /// <summary>Pronounces <paramref name="word"/> with espeak-ng (en-us) and converts it.</summary>
    public static async Task<string> PronounceAsync(string word, CancellationToken cancellationToken = default)
    {
        var sentences = await new EspeakPhonemizer("en-us").PhonemizeAsync(word, cancellationToken).ConfigureAwait(false);
        return Convert(string.Join(' ', sentences));
    }

    private static (string Ipa, string Arpabet)? Match(string ipa, int index)
    {
        foreach (var entry in Table)
        {
            if (string.CompareOrdinal(ipa, index, entry.Ipa, 0, entry.Ipa.Length) == 0)
                return entry;
        }
        return null;
    }

    private static (string, string)[] BuildTable((string Ipa, string Arpabet)[] entries) =>
        [.. entries.OrderByDescending(e => e.Ipa.Length)];
}
