using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Client;

/// <summary>Typed client for the mediacore.v1 control API: one method per RPC over a <see cref="GrpcChannel"/>.</summary>
public sealed partial class ControlApiClient(GrpcChannel channel) : IDisposable
{
    private const string CallControl = "/mediacore.v1.CallControl/";
    private const string Tenants = "/mediacore.v1.Tenants/";

    public ControlApiClient(Uri address, string? token) : this(new GrpcChannel(address, token)) { }

    public GrpcChannel Channel => channel;

    public Task<HealthCheckResponse> CheckHealthAsync(ControlCallOptions options = default) =>
        channel.UnaryAsync("/mediacore.v1.Health/Check", new HealthCheckRequest(), HealthCheckResponse.Parser, options);

    public Task<GetVersionResponse> GetVersionAsync(ControlCallOptions options = default) =>
        channel.UnaryAsync("/mediacore.v1.Version/Get", new GetVersionRequest(), GetVersionResponse.Parser, options);

    public async Task<IReadOnlyList<Tenant>> ListTenantsAsync(ControlCallOptions options = default) =>
        (await channel.UnaryAsync(Tenants + "List", new ListTenantsRequest(), ListTenantsResponse.Parser, options)).Tenants;

    public Task<Tenant> GetTenantAsync(string id, ControlCallOptions options = default) =>
        channel.UnaryAsync(Tenants + "Get", new GetTenantRequest { Id = id }, Tenant.Parser, options);

    public Task<Tenant> UpsertTenantAsync(Tenant tenant, ControlCallOptions options = default) =>
        channel.UnaryAsync(Tenants + "Upsert", new UpsertTenantRequest { Tenant = tenant }, Tenant.Parser, options);

    public Task DeleteTenantAsync(string id, ControlCallOptions options = default) =>
        channel.UnaryAsync(Tenants + "Delete", new DeleteTenantRequest { Id = id }, DeleteTenantResponse.Parser, options);

    public async Task<IReadOnlyList<Call>> ListCallsAsync(string? tenantId = null, bool includeEnded = false, ControlCallOptions options = default) =>
        (await channel.UnaryAsync(CallControl + "ListCalls", new ListCallsRequest { TenantId = tenantId ?? "", IncludeEnded = includeEnded },
            ListCallsResponse.Parser, options)).Calls;

    public Task<Call> GetCallAsync(string callId, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallControl + "GetCall", new GetCallRequest { CallId = callId }, Call.Parser, options);

    public Task<Call> OriginateAsync(OriginateRequest request, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallControl + "Originate", request, Call.Parser, options);

    public Task HangupAsync(string callId, string reason = "", ControlCallOptions options = default) =>
        channel.UnaryAsync(CallControl + "Hangup", new HangupRequest { CallId = callId, Reason = reason }, HangupResponse.Parser, options);

    public Task TransferAsync(string callId, string target, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallControl + "Transfer", new TransferRequest { CallId = callId, Target = target }, TransferResponse.Parser, options);

    public async Task<string> SayAsync(string callId, string text, bool interrupt = false, ControlCallOptions options = default) =>
        (await channel.UnaryAsync(CallControl + "Say", new SayRequest { CallId = callId, Text = text, Interrupt = interrupt }, SayResponse.Parser, options)).UtteranceId;

    public Task SetAgentMutedAsync(string callId, bool muted, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallControl + "SetAgentMuted", new SetAgentMutedRequest { CallId = callId, Muted = muted }, SetAgentMutedResponse.Parser, options);

    public Task SendDtmfAsync(string callId, string digits, ControlCallOptions options = default) =>
        channel.UnaryAsync(CallControl + "SendDtmf", new SendDtmfRequest { CallId = callId, Digits = digits }, SendDtmfResponse.Parser, options);

    /// <summary>Live events until the token is cancelled (or the server ends the stream).</summary>
    public IAsyncEnumerable<Event> StreamEventsAsync(string? callId = null, string? tenantId = null, ControlCallOptions options = default) =>
        channel.ServerStreamingAsync(CallControl + "StreamEvents", new StreamEventsRequest { CallId = callId ?? "", TenantId = tenantId ?? "" },
            Event.Parser, options);

    public void Dispose() => channel.Dispose();
}
