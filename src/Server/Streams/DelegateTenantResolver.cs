namespace MediaCore.Server.Streams;

/// <summary>An <see cref="IStreamTenantResolver"/> from a delegate (the tenant registry plugs in here).</summary>
public sealed class DelegateTenantResolver(Func<StreamCallMetadata, string?> resolve) : IStreamTenantResolver
{
    /// <summary>Tenant from the custom parameter "tenant" if present, else the dialed number.</summary>
    public static DelegateTenantResolver ByParameterOrDialedNumber { get; } = new(m =>
        m.CustomParameters.TryGetValue("tenant", out var tenant) && tenant.Length > 0 ? tenant
        : m.To.Length > 0 ? m.To : null);

    public string? Resolve(StreamCallMetadata metadata) => resolve(metadata);
}
