namespace MediaCore.Pipeline.Business;

/// <summary>
/// A tenant's calendar. The in-memory and JSON-file stores implement it now; a Google Calendar adapter can later
/// (TryAdd then maps to a conditional insert: re-read the busy times, then create the event).
/// </summary>
public interface ICalendarStore
{
    IReadOnlyList<Appointment> Between(string tenantId, DateTimeOffset from, DateTimeOffset to);

    /// <summary>Stores what <paramref name="decide"/> returns after seeing the tenant's appointments, atomically.</summary>
    Appointment? TryAdd(string tenantId, Func<IReadOnlyList<Appointment>, Appointment?> decide);

    Appointment? Find(string appointmentId);

    bool Remove(string appointmentId);
}
