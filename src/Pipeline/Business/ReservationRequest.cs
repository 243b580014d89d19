namespace MediaCore.Pipeline.Business;

/// <summary>What a caller asked for, in the tenant's local date and time.</summary>
public sealed record ReservationRequest(int PartySize, DateOnly Date, TimeOnly Time, string? Name = null, string? Phone = null);
