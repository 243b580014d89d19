namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// One search's result for an utterance: the words, the best path score in the decoder's log base (relative to
/// that search's own renormalisation, so not comparable across decoders) and the frames decoded.
/// </summary>
internal readonly record struct PocketSphinxHypothesis(string Text, int Score, int Frames)
{
    public static readonly PocketSphinxHypothesis None = new(string.Empty, int.MinValue, 0);

    public bool IsEmpty => Text.Length == 0;
}
