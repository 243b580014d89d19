namespace MediaCore.Pipeline.Business;

/// <summary>A booked table. The table is held from Start until HeldUntil (dining window plus turnover buffer). Cancelled ones stay on record.</summary>
public sealed record Reservation(
    string Id,
    string TenantId,
    string Name,
    string? Phone,
    int PartySize,
    DateTimeOffset Start,
    DateTimeOffset HeldUntil,
    string? CallId,
    bool Cancelled = false)
{
    public bool Active => !Cancelled;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < HeldUntil;
}
