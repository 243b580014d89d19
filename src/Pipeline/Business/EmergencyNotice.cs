namespace MediaCore.Pipeline.Business;

/// <summary>An urgent call: what was said, who and where, and the job booked for it if any.</summary>
public sealed record EmergencyNotice(string TenantId, string Keyword, string CallerText, string? CallerName, string? Phone, string? Address, DateTimeOffset At, string? AppointmentId);
