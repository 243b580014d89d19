using MediaCore.Pipeline.Privacy;

namespace MediaCore.Pipeline.Records;

/// <summary>What is known when a call arrives. Written at once, so a crash later still leaves a record.</summary>
/// <param name="Caller">The hashed caller number; null when the caller withheld it.</param>
/// <param name="StartedAt">Defaults to the store's clock.</param>
public sealed record CallStart(
    TenantId Tenant,
    string CallId,
    string Did,
    CallerHash? Caller,
    ConsentType Consent = ConsentType.Announced,
    DateTimeOffset? StartedAt = null);
