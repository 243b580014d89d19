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

    private static bool TryAdd(PocketSphinxDecoder decoder, string word, Dictionary<string, string> given)
    {
        if (given.TryGetValue(word, out var phones) && LetterToSound.IsValidPronunciation(phones)
            && decoder.AddWord(word, LetterToSound.Canonical(phones)))
            return true;
        var derived = LetterToSound.ToArpabet(word);
        return derived.Length > 0 && decoder.AddWord(word, derived);
    }
}
