using System.Diagnostics;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;
using MediaCore.Server.Agent.Records;
using MediaCore.Server.Browser;
using MediaCore.Server.Browser.Agent;

namespace MediaCore.Server.Streams.Agent;

/// <summary>
/// A voice agent (<see cref="AgentCallHandler"/> over a <see cref="CallPipeline"/>, built by
/// <see cref="AgentCallHandlerFactory"/>) on the stream seam. The stream calls caller audio and bot audio from two
/// loops; the pipeline expects both from one tick thread, so the two calls are serialised by a short lock. Frames are
/// resampled between the stream's rate and the pipeline's (16 kHz) without allocating.
/// <para>Barge-in: the pipeline decides inside <see cref="CallPipeline.OnInboundFrame"/> and bumps its playout
/// generation in that same call, so the generation is compared right after each caller frame and
/// <see cref="ClearRequested"/> is raised before the receive loop moves on — in the deciding tick. A generation bump
/// made elsewhere (a new caller turn replacing a reply still being produced) is caught on the next bot-audio pull.</para>
/// <para>What the caller heard: the provider buffers our audio, so what the pipeline handed out is ahead of what was
/// played. Each mark the session issues is tagged with the pipeline's <see cref="CallPipeline.PlayedPosition"/> of the
/// audio it follows (<see cref="OnMarkIssued"/>); when the provider echoes a mark, and when a clear reports the last
/// echoed one, that position goes to <see cref="CallPipeline.AcknowledgePlayout"/>, so a barge-in cuts the history
/// at the last point the provider confirmed. Sessions that issue no marks (the browser demo) keep the pipeline's own
/// handed-out position. The pipeline has no DTMF input: digits are surfaced through <see cref="DtmfReceived"/>.</para>
/// </summary>
public sealed class PipelineStreamCallHandler : IStreamCallHandler, ICallEventSource
{
    private readonly AgentCallHandlerFactory _agents;
    private readonly TenantConfig? _tenant;
    private readonly Lock _tickGate = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ICallEventSink? _sink;
    private AgentCallEventForwarder? _forwarder;
    private AgentCallHandler? _agent;
    private CallRecorder? _recorder;
    private string? _stopReason;
    private Task _starting = Task.CompletedTask;
    private FrameRateConverter _inbound = null!;
    private FrameRateConverter _outbound = null!;
    private short[] _pipelineFrame = [];
    private int _seenGeneration;
    private bool _audioSinceClear;
    private int _hungUp;
    private long _lastBargeInTimestamp;
    private long _lastClearSentTimestamp;
    private int _marksPlayed;
    private readonly MarkPositions _markPositions = new();
    private PlayoutPosition _lastHandedOut = PlayoutPosition.None;

    public PipelineStreamCallHandler(AgentCallHandlerFactory agents, TenantConfig? tenant)
    {
        ArgumentNullException.ThrowIfNull(agents);
        _agents = agents;
        _tenant = tenant;
    }

    public event Action? ClearRequested;

    public event Action? HangupRequested;

    /// <summary>A DTMF digit from the caller (the pipeline itself takes no DTMF).</summary>
    public event Action<char>? DtmfReceived;

    /// <summary>The id the agent's events carry: "&lt;provider&gt;:&lt;stream id&gt;".</summary>
    public string CallId { get; private set; } = string.Empty;

    /// <summary>The call's pipeline once started.</summary>
    public CallPipeline? Pipeline => _agent?.Pipeline;

    public TenantConfig? Tenant => _tenant;

    /// <summary>Stopwatch timestamp of the caller frame whose processing produced the last barge-in (0 before any).</summary>
    public long LastBargeInTimestamp => Interlocked.Read(ref _lastBargeInTimestamp);

    /// <summary>Stopwatch timestamp when the session reported the last clear as sent (0 before any).</summary>
    public long LastClearSentTimestamp => Interlocked.Read(ref _lastClearSentTimestamp);

    /// <summary>The provider's last acknowledged playout position at the last clear.</summary>
    public PlayoutMark? LastHeard { get; private set; }

    /// <summary>Where in the bot's speech the last acknowledged mark (or clear) put the caller.</summary>
    public PlayoutPosition LastHeardPosition { get; private set; } = PlayoutPosition.None;

    public int MarksPlayed => Volatile.Read(ref _marksPlayed);

    /// <summary>Completes when the stream has stopped and the pipeline is disposed.</summary>
    public Task Stopped => _stopped.Task;

    public void AttachEvents(ICallEventSink events) => _sink = events;

    /// <summary>
    /// Builds the call's agent. With records on, the call row is written and the caller looked up first (a returning
    /// caller is greeted by name), so the agent starts a few milliseconds later and caller audio until then is
    /// dropped (the caller is hearing the line connect); with records off it starts before this returns.
    /// </summary>
    public void OnStart(StreamCallMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        CallId = $"{metadata.Provider.ToString().ToLowerInvariant()}:{metadata.StreamId}";
        if (_sink is { } sink)
            _forwarder = new AgentCallEventForwarder(_agents.Events, CallId, sink, _tenant);
        var starting = StartAgentAsync(metadata, Describe(metadata));
        lock (_tickGate)
            _starting = starting;
        if (starting.IsFaulted) // failed before any await: the session sees it, as it always did
            starting.GetAwaiter().GetResult();
        _ = starting.ContinueWith(static (_, self) => ((PipelineStreamCallHandler)self!).OnAgentFailed(), this, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    // Browser calls have no caller number: they are recorded (a booking made on the web page is a real booking the
    // business must be able to trace) but with no caller hash, so they never feed or use caller memory — a shared
    // demo page must not greet the next visitor with the last one's name. Their "DID" is the page itself.
    private RecordedCall Describe(StreamCallMetadata metadata) => metadata.Provider == StreamProvider.Browser
        ? new RecordedCall(CallId, NullIfEmpty(metadata.TenantId), "browser", CallerNumber: null)
        : new RecordedCall(CallId, NullIfEmpty(metadata.TenantId), metadata.To.Length > 0 ? metadata.To : "unknown", metadata.From);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private async Task StartAgentAsync(StreamCallMetadata metadata, RecordedCall call)
    {
        var (agent, recorder) = await _agents.CreateRecordedAsync(call, OnAgentHangUp).ConfigureAwait(false);
        recorder?.Answered(); // a provider opens the stream once the call is answered
        string? stoppedWith;
        lock (_tickGate)
        {
            stoppedWith = _stopReason;
            if (stoppedWith is null)
            {
                _inbound = new FrameRateConverter(metadata.SampleRate, agent.SampleRate);
                _outbound = new FrameRateConverter(agent.SampleRate, metadata.SampleRate);
                _pipelineFrame = new short[Math.Max(_inbound.OutputFrameSamples, _outbound.InputFrameSamples)];
                _seenGeneration = agent.Pipeline.Generation;
                _agent = agent;
                _recorder = recorder;
                return;
            }
        }
        // The caller hung up while being looked up.
        Finish(agent, recorder, stoppedWith);
    }

    private void OnAgentFailed()
    {
        OnAgentHangUp("the agent could not be built");
        lock (_tickGate)
        {
            if (_stopReason is null)
                return;
        }
        _stopped.TrySetResult(); // stopped while the failing agent was being built: nothing else will finish it
    }

    public void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate)
    {
        bool clear;
        lock (_tickGate)
        {
            if (_agent is not { } agent)
                return;
            long timestamp = Stopwatch.GetTimestamp();
            _inbound.Push(pcm);
            var frame = _pipelineFrame.AsSpan(0, _inbound.OutputFrameSamples);
            bool generationMoved = false;
            while (_inbound.TryTake(frame))
            {
                agent.OnInboundFrame(frame, agent.SampleRate);
                generationMoved |= agent.Pipeline.Generation != _seenGeneration;
            }
            if (generationMoved)
                Interlocked.Exchange(ref _lastBargeInTimestamp, timestamp);
            clear = generationMoved && TakeGenerationChange(agent);
        }
        if (clear)
            ClearRequested?.Invoke();
    }

    public bool TryReadBotAudio(Span<short> frame)
    {
        bool clear, audio;
        lock (_tickGate)
        {
            if (_agent is not { } agent)
                return false;
            audio = ReadConverted(agent, frame);
            clear = agent.Pipeline.Generation != _seenGeneration && TakeGenerationChange(agent);
            if (clear)
                audio = false;   // this frame may be of the old generation: the clear drops it anyway
            _audioSinceClear |= audio;
            if (audio)
                _lastHandedOut = agent.Pipeline.PlayedPosition;
        }
        if (clear)
            ClearRequested?.Invoke();
        return audio;
    }

    public void OnDtmf(char digit) => DtmfReceived?.Invoke(digit);

    public void OnMarkIssued(PlayoutMark mark)
    {
        lock (_tickGate)
            _markPositions.Add(mark.Id, _lastHandedOut);
    }

    public void OnMarkPlayed(PlayoutMark mark)
    {
        Interlocked.Increment(ref _marksPlayed);
        Acknowledge(mark);
    }

    public void OnClearSent(PlayoutMark lastHeard)
    {
        Interlocked.Exchange(ref _lastClearSentTimestamp, Stopwatch.GetTimestamp());
        LastHeard = lastHeard;
        Acknowledge(lastHeard);
    }

    // The caller heard up to the audio the mark followed: tell the pipeline, which cuts the history there.
    private void Acknowledge(PlayoutMark mark)
    {
        PlayoutPosition heard;
        CallPipeline? pipeline;
        lock (_tickGate)
        {
            pipeline = _agent?.Pipeline;
            if (pipeline is null || !_markPositions.TryGet(mark.Id, out heard))
                return;
        }
        LastHeardPosition = heard;
        pipeline.AcknowledgePlayout(heard);
    }

    public void OnStop(string reason)
    {
        AgentCallHandler? agent;
        CallRecorder? recorder;
        bool starting;
        lock (_tickGate)
        {
            if (_stopReason is not null)
                return;
            _stopReason = reason ?? "ended";
            agent = _agent;
            recorder = _recorder;
            starting = agent is null && !_starting.IsCompleted;
            _agent = null;
            _recorder = null;
        }
        _forwarder?.Dispose();
        if (agent is not null)
            Finish(agent, recorder, _stopReason);
        else if (!starting)
            _stopped.TrySetResult();
        // else: the agent is still being built; StartAgentAsync finishes it (or OnAgentFailed does)
    }

    private void Finish(AgentCallHandler agent, CallRecorder? recorder, string reason)
    {
        recorder?.Ended(StreamEndReasons.Classify(reason, Volatile.Read(ref _hungUp) == 1));
        _ = agent.Pipeline.DisposeAsync().AsTask().ContinueWith(static (_, state) => ((TaskCompletionSource)state!).TrySetResult(),
            _stopped, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    // Pulls pipeline frames through the rate converter until one whole stream frame is ready (normally exactly one).
    private bool ReadConverted(AgentCallHandler agent, Span<short> frame)
    {
        var pipelineFrame = _pipelineFrame.AsSpan(0, _outbound.InputFrameSamples);
        for (int pulls = 0; !_outbound.TryTake(frame); pulls++)
        {
            if (pulls == 2 || !agent.FillOutboundFrame(pipelineFrame))
                return false;
            _outbound.Push(pipelineFrame);
        }
        return true;
    }

    // Under the gate: notes the new generation, drops converted audio of the old one; true when the provider must clear.
    private bool TakeGenerationChange(AgentCallHandler agent)
    {
        _seenGeneration = agent.Pipeline.Generation;
        _outbound.Reset();
        bool clear = _audioSinceClear;
        _audioSinceClear = false;
        return clear;
    }

    private void OnAgentHangUp(string reason)
    {
        if (Interlocked.Exchange(ref _hungUp, 1) == 0)
            HangupRequested?.Invoke();
    }
}
