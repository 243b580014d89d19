namespace MediaCore.Media.Jitter;

/// <summary>Playout decisions of <see cref="AdaptiveJitterBuffer"/>: play, skip a hole, stretch, compress, cap.</summary>
public sealed partial class AdaptiveJitterBuffer
{
    private long _received;
    private long _late;
    private long _duplicates;
    private long _tooLarge;
    private long _lost;
    private long _concealed;
    private long _discarded;
    private long _inserted;
    private long _resyncs;
    private long _strays;

    public JitterBufferStatistics Statistics => new(
        _received, _late, _duplicates, _tooLarge, _lost, _concealed, _discarded, _inserted, _strays, _resyncs,
        CurrentDelay, TargetDelay, TimeSpan.FromMilliseconds(_delay.JitterMilliseconds));

    private JitterBufferFrame PlayNext()
    {
        SkipHolesAlreadyConcealed();
        long sequence = _nextSeq;
        if (IsPresent(sequence))
        {
            _consecutiveUnderflows = 0;
            _concealedInPlace = 0;
            Advance();
            return new JitterBufferFrame(JitterFrameKind.Audio, sequence, _timestamps[Slot(sequence)], PayloadOf(sequence), default);
        }
        if (_highestSeq > sequence)
        {
            _consecutiveUnderflows = 0;
            _lost++;
            _concealed++;
            Advance();
            var next = IsPresent(_nextSeq) ? PayloadOf(_nextSeq) : default;
            return new JitterBufferFrame(JitterFrameKind.Lost, sequence, 0, default, next);
        }
        return Underflow();
    }

    /// <summary>
    /// Frames concealed while the buffer was empty stood in for the packets that were then missing. When later
    /// packets arrive and those packets are still missing, they were lost: skip them without concealing again,
    /// so a loss burst costs its own length in concealment and does not add its length to the delay.
    /// </summary>
    private void SkipHolesAlreadyConcealed()
    {
        while (_concealedInPlace > 0 && !IsPresent(_nextSeq) && _highestSeq > _nextSeq)
        {
            _concealedInPlace--;
            _lost++;
            Advance();
        }
    }

    /// <summary>Nothing due. After a second of underflows the stream has paused: refill to the target before playing again.</summary>
    private JitterBufferFrame Underflow()
    {
        _concealed++;
        _concealedInPlace++;
        if (++_consecutiveUnderflows > PauseFrames)
        {
            _playing = false;
            _consecutiveUnderflows = 0;
            _concealedInPlace = 0;
        }
        return new JitterBufferFrame(JitterFrameKind.Underflow, _nextSeq, 0, default, default);
    }

    /// <summary>Deliberate stretch: the buffer runs short of its target (sender clock slow, or delay just raised).</summary>
    private JitterBufferFrame Insert()
    {
        _inserted++;
        _concealed++;
        _framesSinceAdjust = 0;
        _filteredLevel += CorrectionThresholdFrames;
        return new JitterBufferFrame(JitterFrameKind.Underflow, _nextSeq, 0, default, default);
    }

    /// <summary>Deliberate compression: drop the next frame (sender clock fast, or target just lowered).</summary>
    private void DiscardOne()
    {
        _discarded++;
        _framesSinceAdjust = 0;
        _filteredLevel -= CorrectionThresholdFrames;
        Advance();
    }

    private bool ShouldCorrect(bool above)
    {
        if (_framesSinceAdjust < (_quiet ? QuietAdjustIntervalFrames : _options.AdjustIntervalFrames))
            return false;
        int target = _delay.TargetFrames;
        // Only compress when the frame to drop is here (dropping a hole would be a loss, not a correction).
        return above
            ? _filteredLevel >= target + CorrectionThresholdFrames && IsPresent(_nextSeq) && IsPresent(_nextSeq + 1)
            : _filteredLevel <= target - StretchThresholdFrames;
    }

    /// <summary>Hard cap: skip the oldest frames until the buffered span fits in the maximum delay.</summary>
    private int EnforceMaxDelay(int level)
    {
        while (level > _options.MaxFrames)
        {
            if (IsPresent(_nextSeq))
                _discarded++;
            else
                _lost++;
            Advance();
            level--;
        }
        return level;
    }

    private void Advance()
    {
        _sequences[Slot(_nextSeq)] = EmptySlot;
        _nextSeq++;
    }

    private static JitterBufferFrame Buffering() => new(JitterFrameKind.Buffering, -1, 0, default, default);
}
