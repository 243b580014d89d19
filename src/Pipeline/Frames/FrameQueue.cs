namespace MediaCore.Pipeline.Frames;

/// <summary>
/// A call's frame queue: system frames are read before anything else; an <see cref="InterruptionFrame"/> flushes the
/// queued frames that belong to the interrupted bot turn. Many writers (workers), one reader. Never used by the tick.
/// </summary>
public sealed class FrameQueue
{
    private readonly Queue<PipelineFrame> _system = new();
    private readonly LinkedList<PipelineFrame> _ordered = new();
    private readonly SemaphoreSlim _available = new(0);
    private readonly Lock _gate = new();

    public int Count
    {
        get
        {
            lock (_gate)
                return _system.Count + _ordered.Count;
        }
    }

    public void Post(PipelineFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        int removed = 0;
        lock (_gate)
        {
            if (frame.Priority == FramePriority.System)
            {
                _system.Enqueue(frame);
                if (frame is InterruptionFrame)
                    removed = FlushInterruptible();
            }
            else
            {
                _ordered.AddLast(frame);
            }
        }
        // Each flushed frame already holds a permit: take those back without waiting, then signal the new one.
        for (int i = 0; i < removed; i++)
            _available.Wait(0);
        _available.Release();
    }

    public async ValueTask<PipelineFrame> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            await _available.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_gate)
            {
                if (_system.TryDequeue(out var system))
                    return system;
                if (_ordered.First is { } first)
                {
                    _ordered.RemoveFirst();
                    return first.Value;
                }
            }
        }
    }

    private int FlushInterruptible()
    {
        int removed = 0;
        for (var node = _ordered.First; node is not null;)
        {
            var next = node.Next;
            if (node.Value.DroppedByInterruption)
            {
                _ordered.Remove(node);
                removed++;
            }
            node = next;
        }
        return removed;
    }
}
