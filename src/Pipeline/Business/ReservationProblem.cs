namespace MediaCore.Pipeline.Business;

/// <summary>Why a requested table cannot be booked as asked. None = bookable.</summary>
public enum ReservationProblem
{
    None,
    /// <summary>The restaurant is closed that weekday or on a special closure.</summary>
    ClosedDay,
    /// <summary>Open that day but not at that time (or after the last seating).</summary>
    OutsideHours,
    InThePast,
    TooSoon,
    TooFarAhead,
    PartyTooSmall,
    /// <summary>Bigger than phone bookings allow: a person must handle it.</summary>
    PartyTooLarge,
    /// <summary>Peak hours cap the party size.</summary>
    PeakPartyLimit,
    /// <summary>Not enough seats free over the dining window.</summary>
    Full,
    /// <summary>The same caller already holds an overlapping table.</summary>
    DoubleBooking,
}
