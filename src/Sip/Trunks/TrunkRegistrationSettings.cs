namespace MediaCore.Sip.Trunks;

/// <summary>For trunks that route calls only to registered contacts: where and how often we REGISTER (RFC 3261 §10).</summary>
public sealed record TrunkRegistrationSettings
{
    /// <summary>The registrar's request URI, e.g. "sip:sip.provider.example".</summary>
    public required string Registrar { get; init; }

    /// <summary>The address-of-record; defaults to sip:username@registrar-host.</summary>
    public string? AddressOfRecord { get; init; }

    public int ExpirySeconds { get; init; } = 3600;

    /// <summary>Refresh this fraction of the granted expiry before it runs out.</summary>
    public double RefreshBeforeFraction { get; init; } = 0.2;
}
