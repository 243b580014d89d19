namespace MediaCore.Pipeline.Business;

/// <summary>Where reservations live. Admission (capacity, double booking) is decided atomically with the insert.</summary>
public interface IReservationStore
{
    /// <summary>
    /// Shows <paramref name="decide"/> every reservation of the tenant (cancelled ones included) and stores what it returns,
    /// all under one lock so two calls cannot both take the last seats. Returns the stored reservation or null.
    /// </summary>
    Reservation? TryAdd(string tenantId, Func<IReadOnlyList<Reservation>, Reservation?> decide);

    IReadOnlyList<Reservation> ForTenant(string tenantId);

    Reservation? Find(string reservationId);

    /// <summary>Marks a reservation cancelled; false if unknown or already cancelled.</summary>
    bool Cancel(string reservationId);
}
