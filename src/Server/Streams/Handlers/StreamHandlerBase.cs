using System.Diagnostics;

namespace MediaCore.Server.Streams.Handlers;

/// <summary>
/// Shared bookkeeping for the diagnostic handlers: records what the transport delivered (start, DTMF, marks, clears,
/// stop) and raises barge-in / hang-up on request, stamping the decision time.
/// </summary>
public abstract class StreamHandlerBase : IStreamCallHandler
{
    private readonly object _gate = new();
    private readonly List<PlayoutMark> _marks = [];
    private readonly System.Text.StringBuilder _digits = new();
    private readonly TaskCompletionSource<string> _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<PlayoutMark> _clearSent = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public event Action? ClearRequested;
    public event Action? HangupRequested;

    public StreamCallMetadata? Metadata { get; private set; }

    public Task<string> Stopped => _stopped.Task;

    /// <summary>Completes with the last heard point when the first clear has gone out.</summary>
    public Task<PlayoutMark> FirstClearSent => _clearSent.Task;

    public string Digits { get { lock (_gate) return _digits.ToString(); } }

    public PlayoutMark[] Marks { get { lock (_gate) return [.. _marks]; } }

    public virtual void OnStart(StreamCallMetadata metadata) => Metadata = metadata;

    public abstract void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate);

    public abstract bool TryReadBotAudio(Span<short> frame);

    public void OnDtmf(char digit)
    {
        lock (_gate)
            _digits.Append(digit);
    }

    public void OnMarkPlayed(PlayoutMark mark)
    {
        lock (_gate)
            _marks.Add(mark);
    }

    public void OnClearSent(PlayoutMark lastHeard) => _clearSent.TrySetResult(lastHeard);

    public void OnStop(string reason) => _stopped.TrySetResult(reason);

    /// <summary>Barge-in decision: drops this handler's queued bot audio and asks the transport to clear; returns the decision timestamp.</summary>
    public long RequestClear()
    {
        DropQueuedAudio();
        var decidedAt = Stopwatch.GetTimestamp();
        ClearRequested?.Invoke();
        return decidedAt;
    }

    public void RequestHangup() => HangupRequested?.Invoke();

    protected abstract void DropQueuedAudio();
}
