using System.Collections.Concurrent;

namespace MediaCore.Server.Control;

/// <summary>A thread-safe in-process catalog; lists come back ordered by id so clients see a stable order.</summary>
public sealed class InMemoryTenantCatalog : ITenantCatalog
{
    private readonly ConcurrentDictionary<string, TenantRecord> _tenants = new(StringComparer.Ordinal);

    public IReadOnlyList<TenantRecord> List() => _tenants.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToArray();

    public TenantRecord? Get(string id) => _tenants.TryGetValue(id, out var tenant) ? tenant : null;

    public bool Upsert(TenantRecord tenant)
    {
        bool added = false;
        _tenants.AddOrUpdate(tenant.Id, _ => { added = true; return tenant; }, (_, _) => tenant);
        return added;
    }

    public bool Delete(string id) => _tenants.TryRemove(id, out _);
}
