using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>Creates the rule dialog for a tenant's kind, one per call.</summary>
public static class TenantDialogs
{
    public static ITenantDialog Create(TenantConfig tenant, BusinessServices services, string callId, string? callerNumber) => tenant.Kind switch
    {
        TenantKind.Restaurant => new RestaurantDialog(tenant, services, callId, callerNumber),
        TenantKind.Lender => new LenderDialog(tenant, services, callId, callerNumber),
        TenantKind.Clinic => new ClinicDialog(tenant, services, callId, callerNumber),
        _ => new TradesDialog(tenant, services, callId, callerNumber),
    };
}
