using System.Diagnostics;
using MediaCore.Media.Frames;

namespace MediaCore.Media.Scheduling;

/// <summary>
/// One dedicated tick thread: waits for each absolute 20 ms deadline of its own <see cref="FrameClock"/> and runs every
/// handler assigned to it. The handler list is an immutable array swapped on add/remove (copy-on-write), so the tick
/// loop reads it with one volatile load and never takes a lock; nothing in the loop allocates.
/// </summary>
internal sealed class MediaTickThread
{
    private static readonly IMediaTickHandler[] None = [];

    private readonly MediaTickSchedulerOptions _options;
    private readonly Action<MediaTickFault> _onFault;
    private readonly FrameClock _clock;
    private readonly Thread _thread;
    private readonly CancellationToken _stopping;
    private readonly object _writeLock = new();
    private readonly DurationHistogram _lateness = new();
    private readonly DurationHistogram _handlerTime = new();
    private IMediaTickHandler[] _handlers = None;
    private long _ticks;
    private long _lateTicks;
    private long _faulted;

    public MediaTickThread(int index, MediaTickSchedulerOptions options, Action<MediaTickFault> onFault, CancellationToken stopping)
    {
        Index = index;
        _options = options;
        _onFault = onFault;
        _stopping = stopping;
        _clock = new FrameClock(options.Period, options.SpinWindow);
        _thread = new Thread(Run)
        {
            IsBackground = true,
            Priority = options.Priority,
            Name = options.ThreadNamePrefix + index,
        };
    }

    public int Index { get; }

    public int HandlerCount => Volatile.Read(ref _handlers).Length;

    public int ManagedThreadId => _thread.ManagedThreadId;

    public void Start() => _thread.Start();

    public void Join() => _thread.Join();

    public void Add(IMediaTickHandler handler)
    {
        lock (_writeLock)
            Volatile.Write(ref _handlers, [.. _handlers, handler]);
    }

    public bool Remove(IMediaTickHandler handler)
    {
        lock (_writeLock)
        {
            var current = _handlers;
            int at = Array.IndexOf(current, handler);
            if (at < 0)
                return false;
            Volatile.Write(ref _handlers, current.Length == 1 ? None : [.. current.AsSpan(0, at), .. current.AsSpan(at + 1)]);
            return true;
        }
    }

    public MediaTickStatistics GetStatistics() => new(
        Index, HandlerCount, Volatile.Read(ref _ticks), Volatile.Read(ref _lateTicks), _clock.MissedTicks,
        Volatile.Read(ref _faulted), _lateness.Summarize(), _handlerTime.Summarize());

    private void Run()
    {
        _clock.Start();
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                // After a stall (GC, VM steal) resume on the newest due tick rather than bursting the missed ones.
                _clock.SkipMissed();
                var tick = _clock.WaitNext(_stopping);
                RecordLateness(tick.Lateness);
                long started = Stopwatch.GetTimestamp();
                RunHandlers(tick);
                _handlerTime.Record(Stopwatch.GetElapsedTime(started));
                Volatile.Write(ref _ticks, _ticks + 1);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
    }

    private void RecordLateness(TimeSpan lateness)
    {
        _lateness.Record(lateness);
        if (lateness > _options.LateThreshold)
            Volatile.Write(ref _lateTicks, _lateTicks + 1);
    }

    private void RunHandlers(in FrameTick tick)
    {
        var handlers = Volatile.Read(ref _handlers);
        for (int i = 0; i < handlers.Length; i++)
        {
            try
            {
                handlers[i].OnTick(tick);
            }
            catch (Exception exception)
            {
                Fault(handlers[i], exception);
            }
        }
    }

    // One failing call must not take the others on this thread with it: drop it and report off the tick thread.
    private void Fault(IMediaTickHandler handler, Exception exception)
    {
        if (!Remove(handler))
            return;
        Interlocked.Increment(ref _faulted);
        var fault = new MediaTickFault(handler, exception, Index);
        ThreadPool.UnsafeQueueUserWorkItem(static state => state.Report(state.Fault), (Report: _onFault, Fault: fault), preferLocal: false);
    }
}
