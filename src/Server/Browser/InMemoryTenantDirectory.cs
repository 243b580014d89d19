namespace MediaCore.Server.Browser;

/// <summary>A fixed list of tenants (tests, and `serve` before the tenant registry is wired in).</summary>
public sealed class InMemoryTenantDirectory : ITenantDirectory
{
    private readonly TenantSummary[] _tenants;

    public InMemoryTenantDirectory(IEnumerable<TenantSummary> tenants)
    {
        _tenants = tenants.ToArray();
        var duplicate = _tenants.GroupBy(t => t.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"tenant id '{duplicate.Key}' is listed twice", nameof(tenants));
    }

    public IReadOnlyList<TenantSummary> List() => _tenants;

    public TenantSummary? Find(string id) => Array.Find(_tenants, t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
