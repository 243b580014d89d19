namespace MediaCore.Pipeline.TurnTaking;

/// <summary>
/// The caller's turn from VAD probabilities, one frame at a time. A pure state machine: the caller passes the media
/// clock (milliseconds) and the end-of-turn silence in force, so it is testable without sleeping and allocates nothing.
/// <code>
///   Idle --speech--> Pending --speech ≥ confirm--> Confirmed --silence ≥ endOfTurn--> Idle (TurnEnded)
///                    Pending --silence ≥ discard--> Idle (SpeechDiscarded)
/// </code>
/// </summary>
public sealed class TurnDetector
{
    private enum State { Idle, Pending, Confirmed }

    private readonly TurnDetectorOptions _options;
    private State _state;
    private long _lastSpeechMs;
    private long _lastFrameMs;

    public TurnDetector(TurnDetectorOptions? options = null) => _options = options ?? new TurnDetectorOptions();

    public TurnDetectorOptions Options => _options;

    /// <summary>True between SpeechStarted and the end of the utterance.</summary>
    public bool InUtterance => _state != State.Idle;

    public bool Confirmed => _state == State.Confirmed;

    /// <summary>VAD speech accumulated in the current utterance.</summary>
    public int SpeechMs { get; private set; }

    /// <summary>Media time the current utterance started.</summary>
    public long UtteranceStartMs { get; private set; }

    /// <summary>Silence since the last speech frame of the current utterance (0 outside an utterance).</summary>
    public long SilenceMs => _state == State.Idle ? 0 : _lastFrameMs - _lastSpeechMs;

    /// <param name="probability">VAD speech probability of this frame.</param>
    /// <param name="nowMs">Media time at the end of this frame.</param>
    /// <param name="frameMs">Frame length (20).</param>
    /// <param name="endOfTurnSilenceMs">Silence that ends a confirmed turn now (see <see cref="EndOfTurnPolicy"/>).</param>
    public TurnEvent Update(float probability, long nowMs, int frameMs, int endOfTurnSilenceMs)
    {
        _lastFrameMs = nowMs;
        bool speech = probability >= (_state == State.Idle ? _options.SpeechThreshold : _options.SilenceThreshold);
        switch (_state)
        {
            case State.Idle:
                if (!speech)
                    return TurnEvent.None;
                _state = State.Pending;
                SpeechMs = frameMs;
                UtteranceStartMs = nowMs - frameMs;
                _lastSpeechMs = nowMs;
                return TurnEvent.SpeechStarted;
            case State.Pending:
                if (speech)
                {
                    _lastSpeechMs = nowMs;
                    SpeechMs += frameMs;
                    if (SpeechMs < _options.ConfirmSpeechMs)
                        return TurnEvent.None;
                    _state = State.Confirmed;
                    return TurnEvent.SpeechConfirmed;
                }
                if (nowMs - _lastSpeechMs < _options.DiscardAfterSilenceMs)
                    return TurnEvent.None;
                Reset();
                return TurnEvent.SpeechDiscarded;
            default:
                if (speech)
                {
                    _lastSpeechMs = nowMs;
                    SpeechMs += frameMs;
                    return TurnEvent.None;
                }
                if (nowMs - _lastSpeechMs < endOfTurnSilenceMs)
                    return TurnEvent.None;
                Reset();
                return TurnEvent.TurnEnded;
        }
    }

    public void Reset()
    {
        _state = State.Idle;
        SpeechMs = 0;
    }
}
