using MediaCore.Media.Handlers;
using MediaCore.Media.Sessions;
using MediaCore.Pipeline.Calls;

namespace MediaCore.Server.Agent;

/// <summary>
/// The media plane's view of an agent call: the <see cref="CallPipeline"/>, plus the one thing the pipeline cannot
/// decide alone: hanging up after a brain reply that ends the call (a dialog's goodbye), once that reply has played
/// out. The tick only flips flags; the hang-up runs on the thread pool.
/// </summary>
public sealed class AgentCallHandler : ICallAudioHandler
{
    // Quiet after the closing reply before hanging up: the last packets still have to reach the caller.
    private const int QuietFramesBeforeHangUp = 15;
    // If the closing reply never plays (cut, empty), hang up anyway after this long.
    private const int MaxFramesAfterEndRequest = 1_500;

    private readonly CallPipeline _pipeline;
    private readonly Action<string> _hangUp;
    private int _endRequested;
    private bool _closingPlayed;
    private int _quietFrames;
    private int _framesSinceRequest;
    private int _hungUp;
    private long _recordedBargeInTick = -1;
    private BargeInDecision _lastBargeIn;
    private int _bargeIns;

    public AgentCallHandler(CallPipeline pipeline, Action<string> hangUp)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(hangUp);
        _pipeline = pipeline;
        _hangUp = hangUp;
    }

    public CallPipeline Pipeline => _pipeline;

    public int SampleRate => _pipeline.SampleRate;

    /// <summary>The call's RTP session: set it before media starts to have barge-in decisions carry its send clock.</summary>
    public RtpSession? Rtp { get; set; }

    /// <summary>The last barge-in decision with the RTP timestamp of the deciding tick's packet (needs <see cref="Rtp"/>), or null.</summary>
    public BargeInDecision? LastBargeIn => Volatile.Read(ref _bargeIns) == 0 ? null : _lastBargeIn;

    /// <summary>The brain's reply ends the call: hang up once it has been heard.</summary>
    public void RequestEndAfterReply() => Volatile.Write(ref _endRequested, 1);

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        _pipeline.OnInboundFrame(pcm, sampleRate);
        long decided = _pipeline.LastBargeInTick;
        if (decided == _pipeline.TickCount && decided != _recordedBargeInTick && Rtp is { } rtp)
        {
            // Still inside the deciding tick: the session builds this tick's packet right after this call returns.
            _recordedBargeInTick = decided;
            _lastBargeIn = new BargeInDecision(decided, _pipeline.LastBargeInTimestamp, rtp.OutboundRtpTimestamp, rtp.OutboundSequence);
            Volatile.Write(ref _bargeIns, _bargeIns + 1);
        }
    }

    public bool FillOutboundFrame(Span<short> pcm)
    {
        bool audio = _pipeline.FillOutboundFrame(pcm);
        if (Volatile.Read(ref _endRequested) == 1)
            TrackClosingReply(audio);
        return audio;
    }

    private void TrackClosingReply(bool audio)
    {
        _framesSinceRequest++;
        _closingPlayed |= audio;
        _quietFrames = audio ? 0 : _quietFrames + 1;
        bool done = (_closingPlayed && _quietFrames >= QuietFramesBeforeHangUp) || _framesSinceRequest >= MaxFramesAfterEndRequest;
        if (done && Interlocked.Exchange(ref _hungUp, 1) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Self._hangUp("end of dialog"), (Self: this, 0), preferLocal: false);
    }
}
