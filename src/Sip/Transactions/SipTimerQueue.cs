namespace MediaCore.Sip.Transactions;

/// <summary>
/// The one timer source of the SIP stack: a priority queue of due times driven by a single
/// <see cref="System.Threading.Timer"/> re-armed for the earliest entry (no polling thread, no timer per transaction).
/// Callbacks run on the thread pool; cancelled entries are skipped lazily when they reach the head.
/// </summary>
public sealed class SipTimerQueue : IDisposable
{
    private readonly PriorityQueue<Entry, long> _queue = new();
    private readonly Lock _gate = new();
    private readonly Timer _timer;
    private long _armedFor = long.MaxValue;
    private bool _disposed;

    public SipTimerQueue() => _timer = new Timer(_ => Fire(), null, Timeout.Infinite, Timeout.Infinite);

    /// <summary>Entries still queued (including cancelled ones not yet reached).</summary>
    public int Count
    {
        get { lock (_gate) return _queue.Count; }
    }

    /// <summary>Runs <paramref name="callback"/> once after <paramref name="delay"/>; dispose the handle to cancel.</summary>
    public IDisposable Schedule(TimeSpan delay, Action callback)
    {
        var entry = new Entry(callback);
        long due = Environment.TickCount64 + Math.Max(0, (long)delay.TotalMilliseconds);
        lock (_gate)
        {
            if (_disposed) return entry;
            _queue.Enqueue(entry, due);
            if (due < _armedFor) Arm(due);
        }
        return entry;
    }

    private void Arm(long due)
    {
        _armedFor = due;
        _timer.Change(Math.Max(0, due - Environment.TickCount64), Timeout.Infinite);
    }

    private void Fire()
    {
        var due = new List<Entry>();
        lock (_gate)
        {
            if (_disposed) return;
            long now = Environment.TickCount64;
            while (_queue.TryPeek(out var entry, out long at) && at <= now)
            {
                _queue.Dequeue();
                if (!entry.Cancelled) due.Add(entry);
            }
            _armedFor = long.MaxValue;
            if (_queue.TryPeek(out _, out long next)) Arm(next);
        }
        foreach (var entry in due) entry.Run();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _queue.Clear();
        }
        _timer.Dispose();
    }

    private sealed class Entry(Action callback) : IDisposable
    {
        private volatile bool _cancelled;

        public bool Cancelled => _cancelled;

        public void Run()
        {
            if (_cancelled) return;
            try { callback(); }
            catch (Exception) { /* a failing callback must not stop the other timers; the owner logs its own errors */ }
        }

        public void Dispose() => _cancelled = true;
    }
}
