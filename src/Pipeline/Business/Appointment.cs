namespace MediaCore.Pipeline.Business;

/// <summary>A calendar entry for a job or a visit. Emergency jobs are flagged so the owner sees them first.</summary>
public sealed record Appointment(
    string Id,
    string TenantId,
    string ServiceId,
    DateTimeOffset Start,
    DateTimeOffset End,
    string CustomerName,
    string? Phone,
    string? Address,
    string? Problem,
    bool Emergency,
    string? CallId)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
