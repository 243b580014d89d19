namespace MediaCore.Pipeline.TurnTaking;

/// <summary>End-of-turn silences: the base, and the longer waits when the caller is likely to go on.</summary>
public sealed record EndOfTurnOptions
{
    public int BaseSilenceMs { get; init; } = 700;

    /// <summary>After the bot asked a question (the answer may need thought).</summary>
    public int AfterBotQuestionMs { get; init; } = 1000;

    /// <summary>When the caller's words so far end with a filler ("um", "matlab", "ek minute").</summary>
    public int AfterFillerMs { get; init; } = 1400;

    /// <summary>While the caller dictates digits (phone numbers, order ids): pauses between groups are normal.</summary>
    public int DictatingNumbersMs { get; init; } = 1600;
}
