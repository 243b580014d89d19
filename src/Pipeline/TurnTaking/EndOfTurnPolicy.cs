namespace MediaCore.Pipeline.TurnTaking;

/// <summary>Chooses the end-of-turn silence: the longest wait any current hint asks for.</summary>
public sealed class EndOfTurnPolicy
{
    public EndOfTurnPolicy(EndOfTurnOptions? options = null) => Options = options ?? new EndOfTurnOptions();

    public EndOfTurnOptions Options { get; }

    public int SilenceMs(TurnHints hints)
    {
        int silence = Options.BaseSilenceMs;
        if ((hints & TurnHints.BotAskedQuestion) != 0)
            silence = Math.Max(silence, Options.AfterBotQuestionMs);
        if ((hints & TurnHints.EndsWithFiller) != 0)
            silence = Math.Max(silence, Options.AfterFillerMs);
        if ((hints & TurnHints.DictatingNumbers) != 0)
            silence = Math.Max(silence, Options.DictatingNumbersMs);
        return silence;
    }

    /// <summary>Hints from the caller's partial words (filler at the end, digits being dictated).</summary>
    public static TurnHints HintsFromPartial(string partial)
    {
        var hints = TurnHints.None;
        if (UtteranceClassifier.EndsWithFiller(partial))
            hints |= TurnHints.EndsWithFiller;
        if (UtteranceClassifier.LooksLikeNumberDictation(partial))
            hints |= TurnHints.DictatingNumbers;
        return hints;
    }
}
