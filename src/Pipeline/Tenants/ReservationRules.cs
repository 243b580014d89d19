namespace MediaCore.Pipeline.Tenants;

/// <summary>Table booking rules of a restaurant. A table is held for Dining + Buffer from its start.</summary>
public sealed record ReservationRules
{
    public required int Seats { get; init; }
    public required TimeSpan MinAdvance { get; init; }
    public required int MaxDaysAhead { get; init; }
    public required int MinPartySize { get; init; }
    /// <summary>Largest party bookable by phone; bigger parties go to a person.</summary>
    public required int MaxPartySize { get; init; }
    public required TimeSpan Dining { get; init; }
    public required TimeSpan Buffer { get; init; }
    /// <summary>Step between offered start times.</summary>
    public required TimeSpan SlotStep { get; init; }
    /// <summary>Latest start time; null means closing time minus the dining window.</summary>
    public TimeOnly? LastSeating { get; init; }
    public PeakRule? Peak { get; init; }
    public bool DineInOnly { get; init; }

    public TimeSpan Hold => Dining + Buffer;
}
