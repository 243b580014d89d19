namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// One search's result for an utterance. <see cref="Score"/> is the best path score in the decoder's log base
/// (higher is better, includes language weight and insertion penalties); <see cref="Posterior"/> is the
/// lattice posterior of the whole hypothesis (0..1) when computed.
/// </summary>
internal readonly record struct PocketSphinxHypothesis(string Text, int Score, int Frames, double Posterior)
{
    public static readonly PocketSphinxHypothesis None = new(string.Empty, int.MinValue, 0, 0);

    public bool IsEmpty => Text.Length == 0;

    /// <summary>Path score per 10 ms frame in natural-log units: comparable across searches over the same audio.</summary>
    public double ScorePerFrame(double logBaseToLn) => Frames == 0 ? double.NegativeInfinity : Score * logBaseToLn / Frames;
}
