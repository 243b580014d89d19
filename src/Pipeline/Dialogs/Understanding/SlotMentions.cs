namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>Booking values found in one utterance; where a value was corrected ("4… actually 6") the last one wins.</summary>
public sealed record SlotMentions(int? PartySize, TimeMention? Time, DateOnly? Date)
{
    public bool Any => PartySize is not null || Time is not null || Date is not null;
}
