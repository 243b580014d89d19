using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>mediacore.v1.Tenants over an <see cref="ITenantCatalog"/>.</summary>
public sealed class TenantsService(ITenantCatalog catalog)
{
    public void Bind(GrpcServiceRegistry registry) =>
        registry.AddService(ControlApi.Tenants)
            .Unary<ListTenantsRequest, ListTenantsResponse>("List", (_, _) => Task.FromResult(List()))
            .Unary<GetTenantRequest, Tenant>("Get", (request, _) => Task.FromResult(Get(request.Id)))
            .Unary<UpsertTenantRequest, Tenant>("Upsert", (request, _) => Task.FromResult(Upsert(request.Tenant)))
            .Unary<DeleteTenantRequest, DeleteTenantResponse>("Delete", (request, _) => Task.FromResult(Delete(request.Id)));

    private ListTenantsResponse List()
    {
        var response = new ListTenantsResponse();
        response.Tenants.AddRange(catalog.List().Select(ToProto));
        return response;
    }

    private Tenant Get(string id)
    {
        RequireValidId(id);
        return ToProto(catalog.Get(id) ?? throw NotFound(id));
    }

    private Tenant Upsert(Tenant? tenant)
    {
        if (TenantValidator.Validate(tenant) is { } error)
            throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, error);
        var record = new TenantRecord(tenant!.Id, tenant.Name.Trim(), tenant.Kind, tenant.Dids.ToArray(), tenant.ConfigYaml);
        catalog.Upsert(record);
        return ToProto(record);
    }

    private DeleteTenantResponse Delete(string id)
    {
        RequireValidId(id);
        return catalog.Delete(id) ? new DeleteTenantResponse() : throw NotFound(id);
    }

    private static void RequireValidId(string id)
    {
        if (TenantValidator.IdError(id) is { } error)
            throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, error);
    }

    private static GrpcStatusException NotFound(string id) => new(GrpcStatusCode.NotFound, $"tenant '{id}' not found");

    private static Tenant ToProto(TenantRecord record)
    {
        var tenant = new Tenant { Id = record.Id, Name = record.Name, Kind = record.Kind, ConfigYaml = record.ConfigYaml };
        tenant.Dids.AddRange(record.Dids);
        return tenant;
    }
}
