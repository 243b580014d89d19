namespace MediaCore.Pipeline.Business;

/// <summary>The outcome of a create: the reservation on success (or the one already made by this call), else the check that failed.</summary>
public sealed record ReservationResult(Reservation? Reservation, ReservationCheck Check, bool Repeated = false)
{
    public bool Booked => Reservation is not null;
}
