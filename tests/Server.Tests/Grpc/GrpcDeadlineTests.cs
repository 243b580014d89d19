using MediaCore.Server.Client;
using MediaCore.Server.Control;
using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Tests.Grpc;

public sealed class GrpcDeadlineTests
{
    private static readonly OriginateRequest Slow = new() { TenantId = "t1", To = "+15550100" };

    [Fact]
    public async Task Expired_deadline_is_deadline_exceeded_and_cancels_the_handler()
    {
        var calls = new BlockingCallControl(honourCancellation: true);
        await using var server = await ControlServerFixture.StartAsync(calls, new InMemoryTenantCatalog(), new CallEventHub(), new CapturingLoggerProvider());
        using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{server.Port}"), ControlServerFixture.Token);

        var error = await Assert.ThrowsAsync<ControlApiException>(() => client.OriginateAsync(Slow, new ControlCallOptions(TimeSpan.FromMilliseconds(1500))));
        Assert.Equal(GrpcStatusCode.DeadlineExceeded, error.StatusCode);
        Assert.True(await calls.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Server_enforces_grpc_timeout_even_when_the_handler_ignores_its_token()
    {
        var calls = new BlockingCallControl(honourCancellation: false);
        await using var server = await ControlServerFixture.StartAsync(calls, new InMemoryTenantCatalog(), new CallEventHub(), new CapturingLoggerProvider());
        // Raw request so the client imposes no deadline of its own: the status must come from the server.
        using var http = RawGrpc.CreateHttpClient();
        using var response = await RawGrpc.PostAsync(http, server.Port, "/mediacore.v1.CallControl/Originate", RawGrpc.Frame(Slow),
            headers: [("grpc-timeout", "300m")]);
        var (status, _) = await RawGrpc.ReadStatusAsync(response);
        Assert.Equal(GrpcStatusCode.DeadlineExceeded, status);
    }
}
