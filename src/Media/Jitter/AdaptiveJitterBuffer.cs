using MediaCore.Media.Rtp;

namespace MediaCore.Media.Jitter;

/// <summary>
/// An adaptive playout buffer for one RTP stream: <see cref="Put"/> on packet arrival, <see cref="Get"/> once per
/// 20 ms tick. Payloads are copied into slots preallocated at construction (a ring indexed by extended sequence
/// number), so the caller's receive buffer is never kept and Put/Get allocate nothing.
/// <para>
/// Playout is by sequence number. Get returns the next packet in order; a hole with later packets present is
/// reported Lost and skipped; an empty buffer reports Underflow without moving. Late packets (behind the playout
/// position) and duplicates are dropped and counted. The target delay follows the measured jitter
/// (<see cref="JitterDelayController"/>); a smoothed buffer level is held near it by discarding a frame when the
/// buffer runs long (sender clock fast) and inserting a concealed frame when it runs short (sender clock slow),
/// at most once per <see cref="JitterBufferOptions.AdjustIntervalFrames"/>; <see cref="JitterBufferOptions.MaxDelay"/>
/// is a hard cap. A packet far outside the window is dropped as a stray; two in a row restart the buffer.
/// </para>
/// </summary>
public sealed partial class AdaptiveJitterBuffer
{
    private const int CapacityHeadroomFrames = 16;
    private const long EmptySlot = long.MinValue;
    private const double LevelFilterGain = 1.0 / 16;
    private const double CorrectionThresholdFrames = 1.0;
    // Stretch sooner than compress: running dry is audible, one frame of extra delay is not.
    private const double StretchThresholdFrames = 0.5;
    private const int PauseFrames = 50;
    public const int QuietAdjustIntervalFrames = 2;
    private const long ResyncLateFrames = 500;

    private readonly JitterBufferOptions _options;
    private readonly JitterDelayController _delay;
    private readonly int _capacity;
    private readonly int _maxPayload;
    private readonly byte[] _payloads;
    private readonly int[] _lengths;
    private readonly long[] _sequences;
    private readonly uint[] _timestamps;

    private RtpSequenceUnwrapper _unwrapper;
    private bool _started;
    private bool _playing;
    private bool _hasPlayed;
    private long _nextSeq;
    private long _highestSeq;
    private double _filteredLevel;
    private int _lastLevel;
    private int _framesSinceAdjust;
    private int _consecutiveUnderflows;
    private int _concealedInPlace;
    private long _strayCandidate = long.MinValue;
    private bool _quiet;

    public AdaptiveJitterBuffer(JitterBufferOptions? options = null)
    {
        _options = options ?? new JitterBufferOptions();
        _options.Validate();
        _delay = new JitterDelayController(_options);
        _capacity = _options.MaxFrames + CapacityHeadroomFrames;
        _maxPayload = _options.MaxPayloadSize;
        _payloads = new byte[_capacity * _maxPayload];
        _lengths = new int[_capacity];
        _sequences = new long[_capacity];
        _timestamps = new uint[_capacity];
        Array.Fill(_sequences, EmptySlot);
    }

    public JitterBufferOptions Options => _options;

    public bool IsPlaying => _playing;

    public TimeSpan TargetDelay => _options.FrameDuration * _delay.TargetFrames;

    /// <summary>Frames spanned from the playout position to the newest packet at the last Get, as a duration.</summary>
    public TimeSpan CurrentDelay => _options.FrameDuration * _lastLevel;

    /// <summary>Stores a copy of <paramref name="payload"/>; see <see cref="JitterPutResult"/> for what can happen.</summary>
    public JitterPutResult Put(ushort sequenceNumber, uint timestamp, ReadOnlySpan<byte> payload, TimeSpan arrival)
    {
        if (payload.Length > _maxPayload)
        {
            _tooLarge++;
            return JitterPutResult.TooLarge;
        }
        long extended = _unwrapper.Unwrap(sequenceNumber);
        var result = JitterPutResult.Accepted;
        if (!_started)
            StartAt(extended);
        else if (extended < _nextSeq)
            result = ClassifyBehindPlayout(extended);
        else if (extended - _nextSeq >= _capacity)
            result = OnStray(extended);
        if (result is JitterPutResult.Late or JitterPutResult.Stray)
            return result;
        return Store(extended, timestamp, payload, arrival) ? result : JitterPutResult.Duplicate;
    }

    /// <summary>One playout tick. The returned spans stay valid until the next Put or Get.</summary>
    /// <param name="quiet">
    /// The caller's hint that the audio around now is silence (e.g. VAD or DTX): delay corrections are inaudible
    /// there, so discards/insertions may come every <see cref="QuietAdjustIntervalFrames"/> and the target shrinks
    /// <see cref="JitterDelayController.QuietShrinkSpeedup"/>× faster.
    /// </param>
    public JitterBufferFrame Get(bool quiet = false)
    {
        _quiet = quiet;
        _delay.OnTick(quiet);
        if (!_started)
            return Buffering();
        int level = Level();
        if (!_playing)
        {
            if (level < _delay.TargetFrames)
                return Buffering();
            _playing = true;
            _hasPlayed = true;
            _filteredLevel = level;
        }
        level = EnforceMaxDelay(level);
        _lastLevel = level;
        _filteredLevel += (level - _filteredLevel) * LevelFilterGain;
        _framesSinceAdjust++;
        if (ShouldCorrect(above: true))
            DiscardOne();
        else if (ShouldCorrect(above: false))
            return Insert();
        return PlayNext();
    }

    /// <summary>Flushes everything (e.g. on an SSRC change); counters are kept.</summary>
    public void Reset()
    {
        Array.Fill(_sequences, EmptySlot);
        _unwrapper.Reset();
        _delay.Reset();
        _started = false;
        _playing = false;
        _lastLevel = 0;
        _consecutiveUnderflows = 0;
        _concealedInPlace = 0;
    }

    private void StartAt(long extended)
    {
        _started = true;
        _hasPlayed = false;
        _nextSeq = extended;
        _highestSeq = extended;
    }

    private JitterPutResult ClassifyBehindPlayout(long extended)
    {
        if (!_hasPlayed && _highestSeq - extended < _capacity)
        {
            _nextSeq = extended;         // still filling: an earlier packet arriving reordered moves the start back.
            return JitterPutResult.Accepted;
        }
        if (_nextSeq - extended > ResyncLateFrames)
            return OnStray(extended);
        _late++;
        if (_playing)
            _delay.OnLatePacket();
        return JitterPutResult.Late;
    }

    private JitterPutResult OnStray(long extended)
    {
        bool continuesStray = extended == _strayCandidate + 1;
        _strayCandidate = extended;
        if (continuesStray)
            return Resynchronize(extended);
        _strays++;
        return JitterPutResult.Stray;
    }

    private JitterPutResult Resynchronize(long extended)
    {
        _strayCandidate = long.MinValue;
        Array.Fill(_sequences, EmptySlot);
        _resyncs++;
        _playing = false;
        _consecutiveUnderflows = 0;
        _concealedInPlace = 0;
        StartAt(extended);
        return JitterPutResult.Resynchronized;
    }

    private bool Store(long extended, uint timestamp, ReadOnlySpan<byte> payload, TimeSpan arrival)
    {
        int slot = Slot(extended);
        if (_sequences[slot] == extended)
        {
            _duplicates++;
            return false;
        }
        payload.CopyTo(_payloads.AsSpan(slot * _maxPayload, _maxPayload));
        _lengths[slot] = payload.Length;
        _timestamps[slot] = timestamp;
        _sequences[slot] = extended;
        if (extended > _highestSeq)
            _highestSeq = extended;
        _received++;
        _delay.OnArrival(timestamp, arrival);
        return true;
    }

    private int Slot(long extended) => (int)(((extended % _capacity) + _capacity) % _capacity);

    private bool IsPresent(long extended) => _sequences[Slot(extended)] == extended;

    private ReadOnlySpan<byte> PayloadOf(long extended)
    {
        int slot = Slot(extended);
        return _payloads.AsSpan(slot * _maxPayload, _lengths[slot]);
    }

    private int Level() => (int)Math.Max(0, _highestSeq - _nextSeq + 1);
}
