namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Makes grammar words usable by a decoder: a word already in the dictionary is kept as is (adding it again
/// would be rejected as a duplicate); a missing word is added with the tenant's pronunciation when one is given
/// and valid, else with <see cref="LetterToSound"/>'s fallback; a word that still cannot be added is reported
/// unknown so the grammar drops it (one unknown word would silently empty the whole grammar search).
/// </summary>
internal static class TenantVocabulary
{
    /// <summary>Returns the subset of <paramref name="words"/> the decoder now knows.</summary>
    public static HashSet<string> Prepare(
        PocketSphinxDecoder decoder, IEnumerable<string> words, IReadOnlyDictionary<string, string> pronunciations)
    {
        var given = pronunciations.ToDictionary(p => p.Key.ToLowerInvariant(), p => p.Value, StringComparer.Ordinal);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (decoder.Lookup(word) is not null || TryAdd(decoder, word, given))
                known.Add(word);
        }
        return known;
    }

    // The tenant's pronunciation (when valid) comes first; the letter-to-sound candidates follow as alternates
    // "word(2)", "word(3)" (the grammar search tries every alternate), so a caller who reads the spelling the
    // English way is still matched.
    private static bool TryAdd(PocketSphinxDecoder decoder, string word, Dictionary<string, string> given)
    {
        var pronunciations = new List<string>();
        if (given.TryGetValue(word, out var phones) && LetterToSound.IsValidPronunciation(phones))
            pronunciations.Add(LetterToSound.Canonical(phones));
        pronunciations.AddRange(LetterToSound.Candidates(word));
        var added = 0;
        foreach (var pronunciation in pronunciations.Distinct(StringComparer.Ordinal))
        {
            var entry = added == 0 ? word : $"{word}({added + 1})";
            if (decoder.AddWord(entry, pronunciation))
                added++;
        }
        return added > 0;
    }
}
