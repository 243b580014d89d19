namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>What a bare number in an utterance is taken to be.</summary>
public enum SlotKind
{
    None,
    PartySize,
    Time,
    Date,
}
