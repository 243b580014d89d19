namespace MediaCore.Server.Browser;

/// <summary>The tenants a browser may call. The real one is backed by the tenant registry; tests use <see cref="InMemoryTenantDirectory"/>.</summary>
public interface ITenantDirectory
{
    /// <summary>All callable tenants, in display order.</summary>
    IReadOnlyList<TenantSummary> List();

    /// <summary>The tenant with this id, or null.</summary>
    TenantSummary? Find(string id);
}
