using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>
/// mediacore.v1.Health. Exempt from the bearer token so orchestrators and load balancers can probe it without the
/// secret; it reveals only serving state, uptime and the number of active calls.
/// </summary>
public sealed class HealthService(ICallControl calls, CancellationToken shutdown)
{
    private readonly long _startedAt = Stopwatch.GetTimestamp();

    public void Bind(GrpcServiceRegistry registry) =>
        registry.AddService(ControlApi.Health).AllowAnonymous()
            .Unary<HealthCheckRequest, HealthCheckResponse>("Check", (_, _) => Task.FromResult(Check()));

    private HealthCheckResponse Check() => new()
    {
        Status = shutdown.IsCancellationRequested
            ? HealthCheckResponse.Types.ServingStatus.NotServing
            : HealthCheckResponse.Types.ServingStatus.Serving,
        Uptime = Duration.FromTimeSpan(Stopwatch.GetElapsedTime(_startedAt)),
        ActiveCalls = (uint)calls.ListCalls(tenantId: null, includeEnded: false).Count,
    };
}
