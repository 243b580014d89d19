using MediaCore.Pipeline.Tenants;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Which tenant answers an inbound SIP call: the tenant the trunk assigned (its DID map or default_tenant) when the
/// registry knows it, else the tenant whose DIDs include the dialled number, else the configured default.
/// </summary>
public sealed class SipTenantRouting(TenantRegistry registry, string defaultTenant)
{
    public string DefaultTenant => defaultTenant;

    public string Resolve(SipCall call)
    {
        var snapshot = registry.Current;
        if (call.Tenant is { } assigned && snapshot.FindById(assigned) is not null)
            return assigned;
        if (call.LocalUser is { Length: > 0 } dialled && snapshot.FindByDid(dialled) is { } byDid)
            return byDid.Id;
        return defaultTenant;
    }
}
