using MediaCore.Server.Client;
using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Tests.Grpc;

public sealed class GrpcUnaryTests(ControlServerFixture server) : IClassFixture<ControlServerFixture>
{
    [Fact]
    public async Task Health_answers_serving_without_a_token()
    {
        using var client = server.CreateClient(token: null);
        var health = await client.CheckHealthAsync();
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.True(health.Uptime.ToTimeSpan() > TimeSpan.Zero);
    }

    [Fact]
    public async Task Version_reports_api_version_and_runtime()
    {
        using var client = server.CreateClient();
        var version = await client.GetVersionAsync();
        Assert.Equal("mediacore.v1", version.ApiVersion);
        Assert.Contains(".NET", version.Runtime);
        Assert.False(string.IsNullOrEmpty(version.Version));
    }

    [Fact]
    public async Task Tenants_crud_round_trips()
    {
        using var client = server.CreateClient();
        var tenant = new Tenant { Id = "momo-house", Name = "Momo House", Kind = "restaurant", ConfigYaml = "greeting: hi\n" };
        tenant.Dids.Add("+911140001234");
        var stored = await client.UpsertTenantAsync(tenant);
        Assert.Equal(tenant, stored);

        Assert.Equal(tenant, await client.GetTenantAsync("momo-house"));
        Assert.Contains(await client.ListTenantsAsync(), t => t.Id == "momo-house");

        tenant.Name = "Momo House 2";
        await client.UpsertTenantAsync(tenant);
        Assert.Equal("Momo House 2", (await client.GetTenantAsync("momo-house")).Name);

        await client.DeleteTenantAsync("momo-house");
        var gone = await Assert.ThrowsAsync<ControlApiException>(() => client.GetTenantAsync("momo-house"));
        Assert.Equal(GrpcStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("momo-house", gone.Detail);
    }

    [Theory]
    [InlineData("", "Name", "tenant id is required")]
    [InlineData("Bad_Id", "Name", "may contain only a-z, 0-9 and '-'")]
    [InlineData("ok-id", " ", "tenant.name is required")]
    public async Task Upsert_rejects_invalid_tenants_with_invalid_argument(string id, string name, string expected)
    {
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<ControlApiException>(() => client.UpsertTenantAsync(new Tenant { Id = id, Name = name }));
        Assert.Equal(GrpcStatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains(expected, error.Detail);
    }

    [Fact]
    public async Task Delete_of_unknown_tenant_is_not_found()
    {
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<ControlApiException>(() => client.DeleteTenantAsync("nobody"));
        Assert.Equal(GrpcStatusCode.NotFound, error.StatusCode);
    }

    [Theory]
    [InlineData("wrong-token")]
    [InlineData(null)]
    public async Task Bad_or_missing_token_is_unauthenticated(string? token)
    {
        using var client = server.CreateClient(token);
        var error = await Assert.ThrowsAsync<ControlApiException>(() => client.ListTenantsAsync());
        Assert.Equal(GrpcStatusCode.Unauthenticated, error.StatusCode);
    }

    [Theory]
    [InlineData("/mediacore.v1.Tenants/Rename", "unknown method")]
    [InlineData("/mediacore.v1.Nope/Get", "unknown service")]
    public async Task Unknown_method_or_service_is_unimplemented(string path, string expected)
    {
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<ControlApiException>(() => client.Channel.UnaryAsync(path, new GetTenantRequest(), Tenant.Parser));
        Assert.Equal(GrpcStatusCode.Unimplemented, error.StatusCode);
        Assert.Contains(expected, error.Detail);
    }

    [Fact]
    public async Task Call_control_unary_calls_follow_the_simulated_call()
    {
        using var client = server.CreateClient();
        var request = new OriginateRequest { TenantId = "unary-calls", To = "+919876543210", From = "+911140001234" };
        request.Variables["order"] = "42";
        var call = await client.OriginateAsync(request);
        Assert.Equal(CallState.Answered, call.State);
        Assert.Equal(CallDirection.Outbound, call.Direction);
        Assert.Equal("11XXXX1234", call.FromMasked);

        Assert.Equal(call.Id, (await client.GetCallAsync(call.Id)).Id);
        Assert.Contains(await client.ListCallsAsync("unary-calls"), c => c.Id == call.Id);
        Assert.StartsWith("u", await client.SayAsync(call.Id, "Hello there", interrupt: true));
        await client.SetAgentMutedAsync(call.Id, true);
        Assert.True((await client.GetCallAsync(call.Id)).AgentMuted);
        await client.SendDtmfAsync(call.Id, "12#");
        await client.TransferAsync(call.Id, "sip:desk@example.com");

        var ended = await client.GetCallAsync(call.Id);
        Assert.Equal(CallState.Ended, ended.State);
        Assert.Equal("transfer", ended.EndReason);
        Assert.Empty(await client.ListCallsAsync("unary-calls"));
        var again = await Assert.ThrowsAsync<ControlApiException>(() => client.HangupAsync(call.Id));
        Assert.Equal(GrpcStatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task Call_control_validates_arguments_and_reports_unknown_calls()
    {
        using var client = server.CreateClient();
        Assert.Equal(GrpcStatusCode.InvalidArgument, (await Assert.ThrowsAsync<ControlApiException>(() => client.SendDtmfAsync("call-x", "12x"))).StatusCode);
        Assert.Equal(GrpcStatusCode.InvalidArgument, (await Assert.ThrowsAsync<ControlApiException>(() => client.SayAsync("", "hi"))).StatusCode);
        Assert.Equal(GrpcStatusCode.InvalidArgument,
            (await Assert.ThrowsAsync<ControlApiException>(() => client.OriginateAsync(new OriginateRequest { TenantId = "t" }))).StatusCode);
        Assert.Equal(GrpcStatusCode.NotFound, (await Assert.ThrowsAsync<ControlApiException>(() => client.GetCallAsync("call-404"))).StatusCode);
        Assert.Equal(GrpcStatusCode.NotFound, (await Assert.ThrowsAsync<ControlApiException>(() => client.HangupAsync("call-404"))).StatusCode);
    }
}
