namespace MediaCore.Pipeline.Tenants;

/// <summary>What a tenant's business does; picks the rule dialog and the tool set.</summary>
public enum TenantKind
{
    Restaurant,
    Trades,
    Lender,
    Clinic,
}
