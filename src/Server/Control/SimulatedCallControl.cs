using System.Collections.Concurrent;
using Google.Protobuf.WellKnownTypes;
using MediaCore.Server.Logging;
using MediaCore.Server.Protos.V1;

namespace MediaCore.Server.Control;

/// <summary>
/// An <see cref="ICallControl"/> with no SIP behind it: calls live in memory and every action publishes the events
/// the real call layer would. Used by tests, interop checks and `--simulate` demos until the SIP layer is wired.
/// Originated calls answer at once; <see cref="SimulateInbound"/> and the Publish* helpers drive the rest.
/// </summary>
public sealed class SimulatedCallControl(CallEventHub events) : ICallControl
{
    private readonly ConcurrentDictionary<string, Call> _calls = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _nextCall;
    private int _nextUtterance;

    public IReadOnlyList<Call> ListCalls(string? tenantId, bool includeEnded)
    {
        lock (_gate)
            return _calls.Values
                .Where(c => (tenantId is null || c.TenantId == tenantId) && (includeEnded || c.State != CallState.Ended))
                .OrderBy(c => c.Id, StringComparer.Ordinal)
                .Select(c => c.Clone())
                .ToArray();
    }

    public Call? GetCall(string callId)
    {
        lock (_gate)
            return _calls.TryGetValue(callId, out var call) ? call.Clone() : null;
    }

    public Task<Call> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken)
    {
        var call = Create(request.TenantId, CallDirection.Outbound, request.From.Length > 0 ? request.From : "+10000000000", request.To);
        ChangeState(call.Id, CallState.Answered);
        return Task.FromResult(GetCall(call.Id)!);
    }

    /// <summary>An inbound call arrives (ringing) and is answered.</summary>
    public Call SimulateInbound(string tenantId, string from, string to)
    {
        var call = Create(tenantId, CallDirection.Inbound, from, to);
        ChangeState(call.Id, CallState.Answered);
        return GetCall(call.Id)!;
    }

    public Task HangupAsync(string callId, string reason, CancellationToken cancellationToken)
    {
        End(callId, reason.Length > 0 ? reason : "hangup-api");
        return Task.CompletedTask;
    }

    public Task TransferAsync(string callId, string target, CancellationToken cancellationToken)
    {
        ChangeState(callId, CallState.Transferring);
        End(callId, "transfer");
        return Task.CompletedTask;
    }

    public Task<string> SayAsync(string callId, string text, bool interrupt, CancellationToken cancellationToken)
    {
        var call = RequireLive(callId);
        string id = "u" + Interlocked.Increment(ref _nextUtterance);
        Publish(call, e => e.BotUtterance = new BotUtterance { UtteranceId = id, Text = text });
        return Task.FromResult(id);
    }

    public Task SetAgentMutedAsync(string callId, bool muted, CancellationToken cancellationToken)
    {
        lock (_gate)
            RequireLive(callId).AgentMuted = muted;
        return Task.CompletedTask;
    }

    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken)
    {
        RequireLive(callId);
        return Task.CompletedTask;
    }

    public void PublishTranscript(string callId, string text, bool isFinal) =>
        Publish(RequireLive(callId), e => e.Transcript = new Transcript { Text = text, IsFinal = isFinal, Confidence = 0.9f, Language = "en" });

    public void PublishBargeIn(string callId, string utteranceId) =>
        Publish(RequireLive(callId), e => e.BargeIn = new BargeIn { UtteranceId = utteranceId, StopLatency = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(12)) });

    public void PublishDtmf(string callId, string digit) =>
        Publish(RequireLive(callId), e => e.Dtmf = new Dtmf { Digit = digit, Duration = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(100)) });

    public void PublishTurnLatency(string callId, uint turn, TimeSpan total) =>
        Publish(RequireLive(callId), e => e.TurnLatency = new TurnLatency { Turn = turn, Total = Duration.FromTimeSpan(total) });

    private Call Create(string tenantId, CallDirection direction, string from, string to)
    {
        var call = new Call
        {
            Id = "call-" + Interlocked.Increment(ref _nextCall),
            TenantId = tenantId,
            Direction = direction,
            State = CallState.Ringing,
            FromMasked = PhoneNumberMasker.Mask(from),
            To = to,
            StartTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow),
            Codec = "PCMU/8000",
            Stats = new CallStats(),
        };
        lock (_gate)
            _calls[call.Id] = call;
        Publish(call, e => e.CallState = new CallStateChanged { Call = call.Clone(), Previous = CallState.Unspecified });
        return call;
    }

    private void ChangeState(string callId, CallState state, string? endReason = null)
    {
        Call snapshot;
        CallState previous;
        lock (_gate)
        {
            var call = RequireLive(callId);
            previous = call.State;
            call.State = state;
            if (state == CallState.Answered)
                call.AnswerTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
            if (state == CallState.Ended)
            {
                call.EndTime = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
                call.EndReason = endReason ?? "";
            }
            snapshot = call.Clone();
        }
        Publish(snapshot, e => e.CallState = new CallStateChanged { Call = snapshot, Previous = previous });
    }

    private void End(string callId, string reason) => ChangeState(callId, CallState.Ended, reason);

    private Call RequireLive(string callId)
    {
        if (!_calls.TryGetValue(callId, out var call))
            throw new CallControlException(CallControlError.NotFound, $"call '{callId}' not found");
        if (call.State == CallState.Ended)
            throw new CallControlException(CallControlError.WrongState, $"call '{callId}' has ended");
        return call;
    }

    private void Publish(Call call, Action<Event> fill)
    {
        var e = new Event { CallId = call.Id, TenantId = call.TenantId };
        fill(e);
        events.Publish(e);
    }
}
