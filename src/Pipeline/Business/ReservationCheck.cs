namespace MediaCore.Pipeline.Business;

/// <summary>The verdict on a request: its problem (None if bookable) and nearby start times that would work.</summary>
public sealed record ReservationCheck(ReservationProblem Problem, IReadOnlyList<DateTimeOffset> Alternatives, Reservation? Existing = null)
{
    public bool Bookable => Problem == ReservationProblem.None;
}
