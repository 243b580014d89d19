namespace MediaCore.Pipeline.TurnTaking;

/// <summary>What the conversation so far says about how long to wait (flags, combined).</summary>
[Flags]
public enum TurnHints
{
    None = 0,
    BotAskedQuestion = 1,
    EndsWithFiller = 2,
    DictatingNumbers = 4,
}
