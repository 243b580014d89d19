using Google.Protobuf.WellKnownTypes;
using MediaCore.Media.Sessions;
using MediaCore.Server.Agent;
using MediaCore.Server.Logging;
using MediaCore.Server.Protos.V1;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using ApiCallDirection = MediaCore.Server.Protos.V1.CallDirection;
using ApiCallState = MediaCore.Server.Protos.V1.CallState;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// One SIP call as the control API sees it: the <see cref="SipCall"/>, its (mutable) audio handler, and the API's
/// <see cref="Call"/> description kept current under a lock. Snapshots are clones, safe to hand out; their stats
/// (packets, loss, jitter) are read from the RTP session when the snapshot is taken.
/// </summary>
public sealed class LiveCall
{
    private readonly Lock _gate = new();
    private readonly Call _call;
    private int _utterances;
    private int _turns;
    private int _bargeIns;
    private long _inboundLossCounted;
    private long _outboundLossCounted;

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
        // Read outside our lock (the session takes its own); an ended call keeps the statistics of its end.
        var media = IsEnded ? null : MediaStatistics();
        lock (_gate)
        {
            if (_call.State != ApiCallState.Ended)
                Fill(media);
            return _call.Clone();
        }
    }

    /// <summary>The RTP session's counters, or null before the call has RTP media.</summary>
    public RtpSessionStatistics? MediaStatistics() => Sip.RtpMedia()?.Session.GetStatistics();

    public void CountTurn() => Interlocked.Increment(ref _turns);

    public void CountBargeIn() => Interlocked.Increment(ref _bargeIns);

    /// <summary>
    /// Loss not yet counted in the metrics: <paramref name="cumulative"/> above the highest value counted so far
    /// (cumulative loss may dip with duplicates; the scrape and the call's end may race — each packet counts once).
    /// </summary>
    public long TakeUncountedLoss(bool inbound, long cumulative)
    {
        ref long counted = ref inbound ? ref _inboundLossCounted : ref _outboundLossCounted;
        while (true)
        {
            long seen = Volatile.Read(ref counted);
            if (cumulative <= seen)
                return 0;
            if (Interlocked.CompareExchange(ref counted, cumulative, seen) == seen)
                return cumulative - seen;
        }
    }

    /// <summary>Moves to <paramref name="state"/>; returns (previous, snapshot) or null when already there / ended.
    /// An ended call keeps <paramref name="finalMedia"/> as its last statistics.</summary>
    public (ApiCallState Previous, Call Snapshot)? ChangeState(ApiCallState state, string? endReason = null,
        RtpSessionStatistics? finalMedia = null)
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
                Fill(finalMedia);
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

    // Caller holds _gate. Without fresh media statistics only the turn counters move.
    private void Fill(RtpSessionStatistics? media)
    {
        var stats = _call.Stats;
        stats.Turns = (uint)Volatile.Read(ref _turns);
        stats.BargeIns = (uint)Volatile.Read(ref _bargeIns);
        if (media is null)
            return;
        stats.PacketsReceived = (ulong)media.PacketsReceived;
        stats.PacketsSent = (ulong)media.PacketsSent;
        stats.PacketsLost = (ulong)Math.Max(0, media.CumulativeLost);
        stats.JitterMs = media.InterarrivalJitter.TotalMilliseconds;
    }

    private static Timestamp Now() => Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow);
}
