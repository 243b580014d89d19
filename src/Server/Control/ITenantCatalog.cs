namespace MediaCore.Server.Control;

/// <summary>The tenants the control API manages. Minimal on purpose: the tenant/config helper supplies the real store.</summary>
public interface ITenantCatalog
{
    IReadOnlyList<TenantRecord> List();
    TenantRecord? Get(string id);
    /// <summary>Inserts or replaces; returns true when the tenant is new.</summary>
    bool Upsert(TenantRecord tenant);
    bool Delete(string id);
}
