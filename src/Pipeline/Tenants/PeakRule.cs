namespace MediaCore.Pipeline.Tenants;

/// <summary>During [Start, End) a phone booking may seat at most MaxParty people.</summary>
public sealed record PeakRule(TimeOnly Start, TimeOnly End, int MaxParty)
{
    public bool Covers(TimeOnly time) => time >= Start && time < End;
}
