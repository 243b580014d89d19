namespace MediaCore.Pipeline.Business;

/// <summary>A caller asked a person to ring back.</summary>
public sealed record CallbackRequest(string TenantId, string? Name, string Phone, string Reason, DateTimeOffset RequestedAt, string? CallId);
