using System.Collections.Concurrent;
using MediaCore.Media.Handlers;
using MediaCore.Server.Metrics;
using MediaCore.Server.Protos.V1;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using MediaCore.Sip.Trunks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ApiCallState = MediaCore.Server.Protos.V1.CallState;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// The control API over the real SIP endpoint: every call the endpoint answers or places is tracked as a
/// <see cref="LiveCall"/>; its signalling events become CallStateChanged/Dtmf events on the <see cref="CallEventHub"/>
/// and move the call metrics. Actions map to the call: Hangup → BYE, Transfer → REFER, SendDtmf → RFC 4733 events,
/// Say/SetAgentMuted → the agent, Originate → INVITE through a trunk with the agent answering.
/// Ended calls stay listed (include_ended) until <see cref="MaxEndedCalls"/> newer ones push them out.
/// Each metrics scrape samples the live calls' RTP statistics and agent queues (<see cref="CallMediaSampler"/>).
/// </summary>
public sealed class SipCallControl : ICallControl
{
    public const int MaxEndedCalls = 200;
    private const string ValidDtmf = "0123456789*#ABCD";
    // The agent pipeline's rate (CallPipelineOptions.SampleRate): originated calls get their handler before it exists.
    private const int OutboundSampleRate = 16_000;

    private readonly ConcurrentDictionary<string, LiveCall> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ended = new();
    private SipEndpoint? _endpoint;
    private IReadOnlyList<TrunkProfile> _trunks = [];
    private readonly CallEventHub _events;
    private readonly MediaCoreMetrics _metrics;
    private readonly CallMediaSampler _media;
    private Func<SipCall, string, ICallAudioHandler>? _outboundHandler;

    /// <param name="log">Per-call lines (<see cref="CallLog"/>); null: none.</param>
    public SipCallControl(CallEventHub events, MediaCoreMetrics metrics, ILogger? log = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(metrics);
        _events = events;
        _metrics = metrics;
        Log = log ?? NullLogger.Instance;
        _media = new CallMediaSampler(metrics);
        metrics.Registry.AddCollector(() => _media.Sample(_calls.Values, _events));
    }

    public CallEventHub Events => _events;

    /// <summary>Where per-call lines go (the agent bridge logs the agents' warnings here too).</summary>
    public ILogger Log { get; }

    /// <summary>Connects the endpoint Originate uses, its trunks, and who talks on originated calls.</summary>
    public void Bind(SipEndpoint endpoint, IReadOnlyList<TrunkProfile> trunks, Func<SipCall, string, ICallAudioHandler> outboundHandler)
    {
        _endpoint = endpoint;
        _trunks = trunks;
        _outboundHandler = outboundHandler;
    }

    public LiveCall? Find(string callId) => _calls.GetValueOrDefault(callId);

    /// <summary>Starts tracking a call (ringing): publishes its first state and follows its signalling events.</summary>
    public LiveCall Track(SipCall call, string tenantId, string from, string to)
    {
        var live = new LiveCall(call, tenantId, from, to);
        _calls[live.Id] = live;
        CallLog.Ringing(Log, live.Id, live.TenantId, call.Direction == MediaCore.Sip.Calls.CallDirection.Inbound ? "inbound" : "outbound");
        Publish(live.TenantId, live.Id, e => e.CallState = new CallStateChanged { Call = live.Snapshot(), Previous = ApiCallState.Unspecified });
        call.Answered += _ => OnAnswered(live);
        call.Ended += (_, end) => OnEnded(live, end);
        call.DtmfReceived += (_, digit) => Publish(live.TenantId, live.Id, e => e.Dtmf = new Dtmf { Digit = digit.ToString() });
        call.TransferProgress += (_, status) => OnTransferProgress(live, status);
        _media.Watch(live);
        return live;
    }

    /// <summary>Puts <paramref name="handler"/> behind a mute switch and remembers it; returns what the call must use.</summary>
    public ICallAudioHandler Attach(LiveCall live, ICallAudioHandler handler)
    {
        var audio = new MutableAudioHandler(handler);
        live.Audio = audio;
        return audio;
    }

    /// <summary>Publishes an event about a call (the agent bridge uses this for transcripts, utterances, latency).</summary>
    public void Publish(string tenantId, string callId, Action<Event> fill)
    {
        var e = new Event { CallId = callId, TenantId = tenantId };
        fill(e);
        _events.Publish(e);
    }

    public IReadOnlyList<Call> ListCalls(string? tenantId, bool includeEnded) =>
        _calls.Values
            .Where(c => (tenantId is null || c.TenantId == tenantId) && (includeEnded || !c.IsEnded))
            .Select(c => c.Snapshot())
            .OrderBy(c => c.StartTime.ToDateTimeOffset()).ThenBy(c => c.Id, StringComparer.Ordinal)
            .ToArray();

    public Call? GetCall(string callId) => Find(callId)?.Snapshot();

    public Task<Call> OriginateAsync(OriginateRequest request, CancellationToken cancellationToken)
    {
        var endpoint = _endpoint ?? throw new CallControlException(CallControlError.Unavailable, "the SIP endpoint is not running");
        if (string.IsNullOrWhiteSpace(request.To))
            throw new CallControlException(CallControlError.InvalidArgument, "to is required");
        var trunk = FindTrunk(request.Trunk);
        string target = OriginateTarget(request.To, trunk);
        string from = request.From.Length > 0 ? request.From : "mediacore";
        var call = endpoint.Originate(new OriginateOptions { Target = target, FromUser = from, Trunk = trunk });
        var live = Track(call, request.TenantId, from, request.To);
        // The media handler must be in place before the 200 OK starts media; the agent takes longer to build.
        var audio = new MutableAudioHandler(OutboundSampleRate);
        live.Audio = audio;
        call.UseAudioHandler(audio);
        try
        {
            audio.SetInner(_outboundHandler!(call, request.TenantId));
        }
        catch (CallControlException)
        {
            call.Hangup();
            throw;
        }
        return Task.FromResult(live.Snapshot());
    }

    public Task HangupAsync(string callId, string reason, CancellationToken cancellationToken)
    {
        var live = RequireLive(callId);
        live.LocalEndReason = reason.Length > 0 ? reason : "hangup-api";
        CallLog.Control(Log, live.Id, live.TenantId, "hangup");
        live.Sip.Hangup();
        return Task.CompletedTask;
    }

    public Task TransferAsync(string callId, string target, CancellationToken cancellationToken)
    {
        var live = RequireLive(callId);
        if (string.IsNullOrWhiteSpace(target))
            throw new CallControlException(CallControlError.InvalidArgument, "target is required");
        if (!live.Sip.Transfer(target))
            throw new CallControlException(CallControlError.WrongState, $"call '{callId}' cannot be transferred now");
        CallLog.Control(Log, live.Id, live.TenantId, "transfer");
        PublishState(live, ApiCallState.Transferring);
        return Task.CompletedTask;
    }

    public Task<string> SayAsync(string callId, string text, bool interrupt, CancellationToken cancellationToken)
    {
        var live = RequireLive(callId);
        if (string.IsNullOrWhiteSpace(text))
            throw new CallControlException(CallControlError.InvalidArgument, "text is required");
        var agent = live.Agent ?? throw new CallControlException(CallControlError.WrongState, $"call '{callId}' has no agent to speak");
        string id = live.NextUtteranceId();
        agent.Pipeline.Say(text, interrupt);
        CallLog.Control(Log, live.Id, live.TenantId, interrupt ? "say (interrupting)" : "say");
        Publish(live.TenantId, live.Id, e => e.BotUtterance = new BotUtterance { UtteranceId = id, Text = text });
        return Task.FromResult(id);
    }

    public Task SetAgentMutedAsync(string callId, bool muted, CancellationToken cancellationToken)
    {
        var live = RequireLive(callId);
        if (live.Audio is null)
            throw new CallControlException(CallControlError.WrongState, $"call '{callId}' has no agent");
        live.SetMuted(muted);
        CallLog.Control(Log, live.Id, live.TenantId, muted ? "agent muted" : "agent unmuted");
        return Task.CompletedTask;
    }

    public Task SendDtmfAsync(string callId, string digits, CancellationToken cancellationToken)
    {
        var live = RequireLive(callId);
        if (digits.Length == 0 || digits.Any(d => !ValidDtmf.Contains(char.ToUpperInvariant(d))))
            throw new CallControlException(CallControlError.InvalidArgument, $"'{digits}' is not DTMF (0-9, *, #, A-D)");
        foreach (char digit in digits)
            if (!live.Sip.SendDtmf(char.ToUpperInvariant(digit)))
                throw new CallControlException(CallControlError.WrongState, $"call '{callId}' cannot send DTMF now");
        CallLog.Control(Log, live.Id, live.TenantId, "dtmf sent");
        return Task.CompletedTask;
    }

    private TrunkProfile? FindTrunk(string name)
    {
        if (name.Length == 0)
            return _trunks.FirstOrDefault(t => t.OutboundProxy is not null);
        return _trunks.FirstOrDefault(t => t.Name == name)
            ?? throw new CallControlException(CallControlError.NotFound, $"trunk '{name}' not found");
    }

    private static string OriginateTarget(string to, TrunkProfile? trunk)
    {
        if (to.StartsWith("sip:", StringComparison.OrdinalIgnoreCase))
            return to;
        if (trunk?.OutboundProxy is { } proxy)
            return $"sip:{to}@{proxy}";
        throw new CallControlException(CallControlError.InvalidArgument,
            $"'{to}' is not a SIP URI and no trunk with an outbound_proxy can route it");
    }

    // Metrics move before the event goes out: whoever reacts to the event must see them already counted.
    private void OnAnswered(LiveCall live)
    {
        bool first = !live.WasAnswered;
        if (live.ChangeState(ApiCallState.Answered) is not { } change)
            return;
        if (first)
        {
            _metrics.ActiveCalls.Labels(live.TenantId).Inc();
            CallLog.Answered(Log, live.Id, live.TenantId, change.Snapshot.Codec);
        }
        PublishChange(live, change);
    }

    private void OnEnded(LiveCall live, CallEndedEventArgs end)
    {
        bool wasAnswered = live.WasAnswered;
        var media = live.MediaStatistics();
        if (live.ChangeState(ApiCallState.Ended, CallOutcomes.EndReason(end.Reason, live.LocalEndReason), media) is not { } change)
            return;
        _media.Final(live, media);
        if (wasAnswered)
            _metrics.ActiveCalls.Labels(live.TenantId).Dec();
        string outcome = CallOutcomes.Outcome(end.Reason, wasAnswered);
        _metrics.Calls.Labels(live.TenantId, outcome).Inc();
        var stats = change.Snapshot.Stats;
        CallLog.Ended(Log, live.Id, live.TenantId, change.Snapshot.EndReason, outcome, stats.PacketsReceived, stats.PacketsLost, stats.JitterMs, stats.Turns);
        PublishChange(live, change);
        _ended.Enqueue(live.Id);
        while (_ended.Count > MaxEndedCalls && _ended.TryDequeue(out var old))
            _calls.TryRemove(old, out _);
    }

    // 2xx NOTIFY: the transferee reached the target; the call ends with Transferred on its own. Failures resume.
    private void OnTransferProgress(LiveCall live, int status)
    {
        if (status >= 300)
            PublishState(live, ApiCallState.Answered);
    }

    private bool PublishState(LiveCall live, ApiCallState state)
    {
        if (live.ChangeState(state) is not { } change)
            return false;
        PublishChange(live, change);
        return true;
    }

    private void PublishChange(LiveCall live, (ApiCallState Previous, Call Snapshot) change) =>
        Publish(live.TenantId, live.Id, e => e.CallState = new CallStateChanged { Call = change.Snapshot, Previous = change.Previous });

    private LiveCall RequireLive(string callId)
    {
        var live = Find(callId) ?? throw new CallControlException(CallControlError.NotFound, $"call '{callId}' not found");
        return live.IsEnded ? throw new CallControlException(CallControlError.WrongState, $"call '{callId}' has ended") : live;
    }
}
