namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Decides between the tenant-grammar hypothesis and the generic language-model hypothesis of one utterance.
/// A grammar search always forces the audio onto some grammar sentence, and PocketSphinx's path scores are
/// renormalised per search, so scores of the two decoders are not comparable (checked: FSG segment acoustic scores
/// come out near 0 per frame, the n-gram ones near −3). What is comparable is what each search heard: when the
/// caller said something the grammar covers, the free LM hears roughly the same sounds (often as other words,
/// "paneer momos" → "and your mama's"); when they said something else, the grammar sentence sounds nothing like it.
/// The LM cannot output words it does not know (momos, masala), so over those it must substitute other words and
/// disagreement is expected: the allowance grows with the share of the grammar hypothesis' phones that belong to
/// words missing from the LM decoder's dictionary.
/// Rule: take the grammar result when it is non-empty and
/// <c>PER(LM phones vs grammar phones) ≤ min(MaxPhoneDisagreement + OutOfVocabularyAllowance × oovPhoneShare, Cap)</c>;
/// otherwise the LM result. Calibrated on flite speech of tenant phrases (in-grammar: PER 0–0.26 without tenant words,
/// 0.55–0.79 with them) and the shared English clips (out-of-grammar: 0.62–4.2).
/// </summary>
public sealed record GrammarSelectionRule
{
    /// <summary>Largest phone error rate that still trusts a grammar hypothesis made of words the LM knows.</summary>
    public double MaxPhoneDisagreement { get; init; } = 0.5;

    /// <summary>Extra disagreement allowed per unit share of phones from words the LM decoder lacks.</summary>
    public double OutOfVocabularyAllowance { get; init; } = 0.8;

    /// <summary>Upper bound of the allowed disagreement.</summary>
    public double MaxPhoneDisagreementCap { get; init; } = 0.9;

    internal bool PreferGrammar(string[] grammarPhones, string[] languageModelPhones, double outOfVocabularyPhoneShare) =>
        grammarPhones.Length > 0
        && Disagreement(grammarPhones, languageModelPhones) <= AllowedDisagreement(outOfVocabularyPhoneShare);

    internal double AllowedDisagreement(double outOfVocabularyPhoneShare) =>
        Math.Min(MaxPhoneDisagreement + OutOfVocabularyAllowance * outOfVocabularyPhoneShare, MaxPhoneDisagreementCap);

    /// <summary>
    /// 0..1: for a grammar result, 1 at full agreement falling to 0.5 at the allowed limit; for an LM result (no
    /// second opinion), 0.5 when non-empty, 0 when empty.
    /// </summary>
    internal float Confidence(string[] grammarPhones, string[] languageModelPhones, double outOfVocabularyPhoneShare, bool choseGrammar) =>
        choseGrammar
            ? (float)Math.Clamp(1 - 0.5 * Disagreement(grammarPhones, languageModelPhones) / AllowedDisagreement(outOfVocabularyPhoneShare), 0.5, 1)
            : languageModelPhones.Length == 0 ? 0f : 0.5f;

    /// <summary>Phone edit distance / grammar phone count (∞ for an empty grammar hypothesis).</summary>
    internal static double Disagreement(string[] grammarPhones, string[] languageModelPhones) =>
        grammarPhones.Length == 0
            ? double.PositiveInfinity
            : (double)EditDistance(grammarPhones, languageModelPhones) / grammarPhones.Length;

    private static int EditDistance(string[] a, string[] b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
