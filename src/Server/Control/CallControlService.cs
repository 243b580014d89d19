using MediaCore.Server.Grpc;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>
/// mediacore.v1.CallControl over an <see cref="ICallControl"/> and the <see cref="CallEventHub"/>. Input that is
/// wrong whatever the call state → INVALID_ARGUMENT here; call-layer failures map by <see cref="CallControlError"/>.
/// </summary>
public sealed class CallControlService(ICallControl calls, CallEventHub events)
{
    private const string DtmfDigits = "0123456789*#ABCDabcd";

    public void Bind(GrpcServiceRegistry registry) =>
        registry.AddService(ControlApi.CallControl)
            .Unary<ListCallsRequest, ListCallsResponse>("ListCalls", (r, _) => Task.FromResult(List(r)))
            .Unary<GetCallRequest, Call>("GetCall", (r, _) => Task.FromResult(Get(r)))
            .Unary<OriginateRequest, Call>("Originate", Originate)
            .Unary<HangupRequest, HangupResponse>("Hangup", async (r, c) =>
            {
                await Run(() => calls.HangupAsync(RequireCallId(r.CallId), r.Reason, c.CancellationToken));
                return new HangupResponse();
            })
            .Unary<TransferRequest, TransferResponse>("Transfer", async (r, c) =>
            {
                string target = Require(r.Target, "target");
                await Run(() => calls.TransferAsync(RequireCallId(r.CallId), target, c.CancellationToken));
                return new TransferResponse();
            })
            .Unary<SayRequest, SayResponse>("Say", async (r, c) =>
            {
                string text = Require(r.Text, "text");
                string id = await Run(() => calls.SayAsync(RequireCallId(r.CallId), text, r.Interrupt, c.CancellationToken));
                return new SayResponse { UtteranceId = id };
            })
            .Unary<SetAgentMutedRequest, SetAgentMutedResponse>("SetAgentMuted", async (r, c) =>
            {
                await Run(() => calls.SetAgentMutedAsync(RequireCallId(r.CallId), r.Muted, c.CancellationToken));
                return new SetAgentMutedResponse();
            })
            .Unary<SendDtmfRequest, SendDtmfResponse>("SendDtmf", async (r, c) =>
            {
                string digits = RequireDigits(r.Digits);
                await Run(() => calls.SendDtmfAsync(RequireCallId(r.CallId), digits, c.CancellationToken));
                return new SendDtmfResponse();
            })
            .ServerStreaming<StreamEventsRequest, Event>("StreamEvents", StreamEventsAsync);

    private ListCallsResponse List(ListCallsRequest request)
    {
        var response = new ListCallsResponse();
        response.Calls.AddRange(calls.ListCalls(NullIfEmpty(request.TenantId), request.IncludeEnded));
        return response;
    }

    private Call Get(GetCallRequest request) =>
        calls.GetCall(RequireCallId(request.CallId))
        ?? throw new GrpcStatusException(GrpcStatusCode.NotFound, $"call '{request.CallId}' not found");

    private Task<Call> Originate(OriginateRequest request, GrpcCallContext context)
    {
        if (TenantValidator.IdError(request.TenantId) is { } error)
            throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, error);
        Require(request.To, "to");
        return Run(() => calls.OriginateAsync(request, context.CancellationToken));
    }

    private async Task StreamEventsAsync(StreamEventsRequest request, IGrpcStreamWriter<Event> writer, GrpcCallContext context)
    {
        using var subscription = events.Subscribe(new CallEventFilter(NullIfEmpty(request.CallId), NullIfEmpty(request.TenantId)));
        // Response headers go out now, so the client knows the subscription is live before the first event.
        await writer.SendHeadersAsync(context.CancellationToken);
        await foreach (var e in subscription.Reader.ReadAllAsync(context.CancellationToken))
            await writer.WriteAsync(e, context.CancellationToken);
    }

    private static async Task<T> Run<T>(Func<Task<T>> action)
    {
        try { return await action(); }
        catch (CallControlException e) { throw ToStatus(e); }
    }

    private static async Task Run(Func<Task> action)
    {
        try { await action(); }
        catch (CallControlException e) { throw ToStatus(e); }
    }

    private static GrpcStatusException ToStatus(CallControlException e) => new(e.Error switch
    {
        CallControlError.NotFound => GrpcStatusCode.NotFound,
        CallControlError.WrongState => GrpcStatusCode.FailedPrecondition,
        CallControlError.InvalidArgument => GrpcStatusCode.InvalidArgument,
        _ => GrpcStatusCode.Unavailable,
    }, e.Message);

    private static string RequireCallId(string callId) => Require(callId, "call_id");

    private static string Require(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, $"{field} is required") : value;

    private static string RequireDigits(string digits)
    {
        Require(digits, "digits");
        foreach (char c in digits)
            if (!DtmfDigits.Contains(c))
                throw new GrpcStatusException(GrpcStatusCode.InvalidArgument, $"digits may contain only 0-9 * # A-D, got '{c}'");
        return digits;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
