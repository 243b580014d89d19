namespace MediaCore.Server.Streams;

/// <summary>
/// Tracks what the caller has actually heard of the bot's audio, for every provider alike: after outbound audio the
/// session issues a mark (Exotel/Twilio <c>mark</c>, Plivo <c>checkpoint</c>) bound to the running sample count; the
/// provider echoes it once that audio has played. On barge-in (<see cref="Clear"/>) unacknowledged audio is written
/// off: the sent count falls back to the acknowledged count, and echoes of marks issued before the clear are ignored
/// (Twilio echoes pending marks when it empties its buffer — they mean "discarded", not "played").
/// Thread-safe: the pacing loop issues, the receive loop acknowledges, any thread clears.
/// </summary>
public sealed class PlayoutTracker
{
    private const int MaxPendingMarks = 256;

    private readonly object _gate = new();
    private readonly long[] _pendingIds = new long[MaxPendingMarks];
    private readonly long[] _pendingSamples = new long[MaxPendingMarks];
    private int _pendingHead;
    private int _pendingCount;
    private long _nextId = 1;
    private long _clearedThroughId;
    private long _sentSamples;
    private PlayoutMark _lastAcknowledged;

    public PlayoutTracker(int sampleRate)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        SampleRate = sampleRate;
        _lastAcknowledged = new PlayoutMark(0, 0, sampleRate);
    }

    public int SampleRate { get; }

    /// <summary>Bot samples handed to the provider and not written off by a clear.</summary>
    public long SentSamples { get { lock (_gate) return _sentSamples; } }

    /// <summary>The newest point the provider confirmed as played (id 0, 0 samples before any).</summary>
    public PlayoutMark LastAcknowledged { get { lock (_gate) return _lastAcknowledged; } }

    public int PendingMarks { get { lock (_gate) return _pendingCount; } }

    /// <summary>Counts <paramref name="samples"/> more bot audio as sent.</summary>
    public void OnAudioSent(int samples)
    {
        lock (_gate)
            _sentSamples += samples;
    }

    /// <summary>Issues a mark at the current sent position; its id goes into the mark's name.</summary>
    public long IssueMark()
    {
        lock (_gate)
        {
            if (_pendingCount == MaxPendingMarks)
                DropOldestPending();
            var id = _nextId++;
            var slot = (_pendingHead + _pendingCount) % MaxPendingMarks;
            _pendingIds[slot] = id;
            _pendingSamples[slot] = _sentSamples;
            _pendingCount++;
            return id;
        }
    }

    /// <summary>
    /// The provider echoed mark <paramref name="id"/>: it and every earlier pending mark were played. False for
    /// unknown, repeated, or pre-clear marks.
    /// </summary>
    public bool TryAcknowledge(long id, out PlayoutMark mark)
    {
        lock (_gate)
        {
            mark = _lastAcknowledged;
            if (id <= _clearedThroughId || id <= _lastAcknowledged.Id)
                return false;
            while (_pendingCount > 0 && _pendingIds[_pendingHead] <= id)
            {
                if (_pendingIds[_pendingHead] == id)
                    _lastAcknowledged = new PlayoutMark(id, _pendingSamples[_pendingHead], SampleRate);
                DropOldestPending();
            }
            if (_lastAcknowledged.Id != id)
                return false;
            mark = _lastAcknowledged;
            return true;
        }
    }

    /// <summary>Writes off everything not yet acknowledged; returns the last point the caller heard.</summary>
    public PlayoutMark Clear()
    {
        lock (_gate)
        {
            _clearedThroughId = _nextId - 1;
            _pendingCount = 0;
            _pendingHead = 0;
            _sentSamples = _lastAcknowledged.PlayedSamples;
            return _lastAcknowledged;
        }
    }

    private void DropOldestPending()
    {
        _pendingHead = (_pendingHead + 1) % MaxPendingMarks;
        _pendingCount--;
    }
}
