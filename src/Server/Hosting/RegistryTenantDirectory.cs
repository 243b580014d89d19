using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Browser;

namespace MediaCore.Server.Hosting;

/// <summary>The browser page's tenant list, read from the registry's current snapshot (edits show on reload).</summary>
public sealed class RegistryTenantDirectory(TenantRegistry registry) : ITenantDirectory
{
    public IReadOnlyList<TenantSummary> List() =>
        registry.Current.Tenants.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Select(ToSummary).ToArray();

    public TenantSummary? Find(string id) => registry.Current.FindById(id) is { } tenant ? ToSummary(tenant) : null;

    private static TenantSummary ToSummary(TenantConfig tenant) =>
        new(tenant.Id, tenant.Name, tenant.Kind.ToString().ToLowerInvariant(), tenant.Languages);
}
