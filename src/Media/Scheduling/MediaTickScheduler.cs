namespace MediaCore.Media.Scheduling;

/// <summary>
/// Drives every call's 20 ms media work from a small fixed set of dedicated, above-normal-priority threads (never the
/// thread pool, whose injection delays would show up as packet jitter). Each thread ticks on absolute deadlines and
/// serves many calls; a new handler goes to the thread with the fewest. Adding and removing never blocks a tick.
/// </summary>
public sealed class MediaTickScheduler : IDisposable
{
    private readonly MediaTickThread[] _threads;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<IMediaTickHandler, MediaTickThread> _assignments = new(ReferenceEqualityComparer.Instance);
    private bool _disposed;

    public MediaTickScheduler(MediaTickSchedulerOptions? options = null)
    {
        Options = options ?? new MediaTickSchedulerOptions();
        Options.Validate();
        _threads = new MediaTickThread[Options.ThreadCount];
        for (int i = 0; i < _threads.Length; i++)
            _threads[i] = new MediaTickThread(i, Options, ReportFault, _stopping.Token);
        foreach (var thread in _threads)
            thread.Start();
    }

    public MediaTickSchedulerOptions Options { get; }

    public int ThreadCount => _threads.Length;

    /// <summary>Raised on a thread-pool thread after a handler threw and was removed.</summary>
    public event Action<MediaTickFault>? HandlerFaulted;

    public int HandlerCount
    {
        get
        {
            lock (_assignments)
                return _assignments.Count;
        }
    }

    /// <summary>Starts ticking <paramref name="handler"/> on the least-loaded thread; returns that thread's index.</summary>
    public int Add(IMediaTickHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_assignments)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_assignments.ContainsKey(handler))
                throw new InvalidOperationException("The handler is already scheduled.");
            var thread = LeastLoaded();
            _assignments.Add(handler, thread);
            thread.Add(handler);
            return thread.Index;
        }
    }

    /// <summary>Stops ticking <paramref name="handler"/>. A tick already running it may still finish.</summary>
    public bool Remove(IMediaTickHandler handler)
    {
        lock (_assignments)
        {
            if (!_assignments.Remove(handler, out var thread))
                return false;
            thread.Remove(handler);
            return true;
        }
    }

    /// <summary>True when the calling thread is one of this scheduler's tick threads.</summary>
    public bool IsTickThread => Array.Exists(_threads, t => t.ManagedThreadId == Environment.CurrentManagedThreadId);

    public IReadOnlyList<MediaTickStatistics> GetStatistics() => Array.ConvertAll(_threads, t => t.GetStatistics());

    public void Dispose()
    {
        lock (_assignments)
        {
            if (_disposed)
                return;
            _disposed = true;
            _assignments.Clear();
        }
        _stopping.Cancel();
        foreach (var thread in _threads)
            if (thread.ManagedThreadId != Environment.CurrentManagedThreadId)
                thread.Join();
        _stopping.Dispose();
    }

    private MediaTickThread LeastLoaded()
    {
        var best = _threads[0];
        foreach (var thread in _threads)
            if (thread.HandlerCount < best.HandlerCount)
                best = thread;
        return best;
    }

    private void ReportFault(MediaTickFault fault)
    {
        lock (_assignments)
            _assignments.Remove(fault.Handler);
        HandlerFaulted?.Invoke(fault);
    }
}
