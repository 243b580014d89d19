using Google.Protobuf.WellKnownTypes;
using MediaCore.Server.Agent;
using MediaCore.Server.Logging;
using MediaCore.Server.Protos.V1;
using MediaCore.Sip.Calls;
using ApiCallDirection = MediaCore.Server.Protos.V1.CallDirection;
using ApiCallState = MediaCore.Server.Protos.V1.CallState;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// One SIP call as the control API sees it: the <see cref="SipCall"/>, its (mutable) audio handler, and the API's
/// <see cref="Call"/> description kept current under a lock. Snapshots are clones, safe to hand out.
/// </summary>
public sealed class LiveCall
{
    private readonly Lock _gate = new();
    private readonly Call _call;
    private int _utterances;

    public LiveCall(SipCall sip, string tenantId, string from, string to)
    {
        Sip = sip;
        _call = new Call
        {
            Id = sip.CallId,
            TenantId = tenantId,
            Direction = sip.Direction == MediaCore.Sip.Calls.CallDirection.Inbound ? ApiCallDirection.Inbound : ApiCallDirection.Outbound,
            State = ApiCallState.Ringing,
            FromMasked = PhoneNumberMasker.Mask(from),
            To = to,
            StartTime = Now(),
            Stats = new CallStats(),
        };
    }

    public string Id => Sip.CallId;
    public string TenantId => _call.TenantId;
    public SipCall Sip { get; }

    /// <summary>The handler in the call's media path (null until the selector picked one).</summary>
    public MutableAudioHandler? Audio { get; set; }

    /// <summary>The agent behind <see cref="Audio"/>, when the call is answered by one.</summary>
    public AgentCallHandler? Agent => Audio?.Inner as AgentCallHandler;

    /// <summary>Why we ended it (e.g. "hangup-api"), set before the BYE so the Ended event reports it.</summary>
    public string? LocalEndReason { get; set; }

    /// <summary>The bot utterance playing now (BargeIn events name it).</summary>
    public string LastUtteranceId { get; private set; } = "";

    public bool WasAnswered { get; private set; }

    public bool IsEnded
    {
        get { lock (_gate) return _call.State == ApiCallState.Ended; }
    }

    public string NextUtteranceId()
    {
        string id = $"{Id}-u{Interlocked.Increment(ref _utterances)}";
        LastUtteranceId = id;
        return id;
    }

    public Call Snapshot()
    {
        lock (_gate) return _call.Clone();
    }

    /// <summary>Moves to <paramref name="state"/>; returns (previous, snapshot) or null when already there / ended.</summary>
    public (ApiCallState Previous, Call Snapshot)? ChangeState(ApiCallState state, string? endReason = null)
    {
        lock (_gate)
        {
            var previous = _call.State;
            if (previous == state || previous == ApiCallState.Ended)
                return null;
            _call.State = state;
            if (state == ApiCallState.Answered && _call.AnswerTime is null)
            {
                WasAnswered = true;
                _call.AnswerTime = Now();
                if (Sip.NegotiatedMedia?.Codec is { } codec)
                    _call.Codec = $"{codec.Name}/{codec.ClockRate}";
            }
            if (state == ApiCallState.Ended)
            {
                _call.EndTime = Now();
                _call.EndReason = endReason ?? "";
            }
            return (previous, _call.Clone());
        }
    }

    public void SetMuted(bool muted)
    {
        if (Audio is { } audio)
            audio.Muted = muted;
        lock (_gate) _call.AgentMuted = muted;
    }

    private static Timestamp Now() => Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
}
