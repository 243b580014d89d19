namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Decides between the tenant-grammar hypothesis and the generic language-model hypothesis of one utterance.
/// Both searches decode the same frames, so their best path scores per frame (natural-log units) are
/// comparable: when the caller said something the grammar covers, the grammar path is about as good as the
/// free LM path (often better, since it pays no n-gram penalties); when they said something else, the grammar
/// forces the audio onto the wrong words and its score per frame falls well below the LM's.
/// Rule: take the grammar result when it is non-empty and
/// <c>grammarScorePerFrame − lmScorePerFrame ≥ −<see cref="MaxScoreDeficitPerFrame"/></c>; otherwise the LM result.
/// </summary>
public sealed record GrammarSelectionRule
{
    /// <summary>How much worse (natural-log units per 10 ms frame) the grammar path may score than the LM path.</summary>
    public double MaxScoreDeficitPerFrame { get; init; } = 0.5;

    internal bool PreferGrammar(PocketSphinxHypothesis grammar, PocketSphinxHypothesis languageModel, double logBaseToLn)
    {
        // An empty LM result still carries the score of its silence/filler path, so the comparison stands.
        if (grammar.IsEmpty)
            return false;
        return Margin(grammar, languageModel, logBaseToLn) >= -MaxScoreDeficitPerFrame;
    }

    /// <summary>Grammar minus LM score per frame, natural-log units.</summary>
    internal static double Margin(PocketSphinxHypothesis grammar, PocketSphinxHypothesis languageModel, double logBaseToLn) =>
        grammar.ScorePerFrame(logBaseToLn) - languageModel.ScorePerFrame(logBaseToLn);
}
