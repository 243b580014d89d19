using System.Diagnostics;
using MediaCore.Pipeline.BargeIn;
using MediaCore.Pipeline.Latency;
using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Calls;

// The media tick thread's half: no locks, no allocation, no blocking; TryWrite of structs only.
public sealed partial class CallPipeline
{
    // Tick-owned state.
    private long _tick;
    private long _nowMs;
    private int _utteranceId;
    private long _nextPartialMs;
    private long _lastAudioOutMs = long.MinValue / 2;
    private int _lastAnnouncedTurn = -1;
    private long _lastBargeInTick = -1;
    private long _lastBargeInTimestamp;
    private long _overlapStartTimestamp;

    // Shared with the workers.
    private int _interruptingUtterance = -1; // the utterance of the last barge-in (its final decides a resume)
    private int _generation;
    private long _verdict;            // (utterance << 8) | final flag 0x80 | UtteranceKind
    private int _callerHints;         // TurnHints from the latest partial
    private int _botAskedQuestion;    // 1 when the bot's last reply ended with a question
    private int _brainTurnActive;     // 1 while the brain works on a reply (caller is being answered)
    private int _botTurnActive;       // 1 while any bot turn is being generated or synthesised
    private int _hangUpAfterDrain;
    private int _awaitingFinal;       // 1 from a turn's end until its final transcript is out    // 1 when a goodbye is synthesised: hang up once it has played
    private long _droppedTickPosts;
    private int _playedTurn = -1;
    private int _playedSegment;
    private int _playedSegmentSamples;

    /// <summary>The playout generation: bumped by every barge-in; audio of older generations never plays.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Ticks seen (one per inbound frame).</summary>
    public long TickCount => Volatile.Read(ref _tick);

    /// <summary>The tick of the last barge-in decision, or -1.</summary>
    public long LastBargeInTick => Volatile.Read(ref _lastBargeInTick);

    /// <summary>Stopwatch timestamp of the tick of the last barge-in decision, or 0.</summary>
    public long LastBargeInTimestamp => Volatile.Read(ref _lastBargeInTimestamp);

    /// <summary>Posts from the tick that found a channel full (should stay 0).</summary>
    public long DroppedTickPosts => Volatile.Read(ref _droppedTickPosts);

    public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
    {
        _tick++;
        _nowMs += FrameMs;
        long timestamp = Stopwatch.GetTimestamp();
        var speech = To16k(pcm);
        _utterances.Append(speech);
        float probability = _vad.Process(speech);
        bool botSpeaking = BotSpeaking();
        var hints = (TurnHints)Volatile.Read(ref _callerHints) | (Volatile.Read(ref _botAskedQuestion) == 1 ? TurnHints.BotAskedQuestion : TurnHints.None);
        var turnEvent = _turns.Update(probability, _nowMs, FrameMs, _endOfTurn.SilenceMs(hints));
        OnTurnEvent(turnEvent, speech.Length, botSpeaking, timestamp);
        DecideBargeIn(botSpeaking, timestamp);
        Escalate(botSpeaking);
        Volatile.Write(ref _tick, _tick);
    }

    public bool FillOutboundFrame(Span<short> pcm)
    {
        if (_playout.TryRead(Volatile.Read(ref _generation), pcm, out var tag))
        {
            _lastAudioOutMs = _nowMs;
            _playedTurn = tag.TurnId;
            _playedSegment = tag.Segment;
            Volatile.Write(ref _playedSegmentSamples, tag.SegmentSampleEnd);
            if (tag.TurnId != _lastAnnouncedTurn)
            {
                _lastAnnouncedTurn = tag.TurnId;
                Post(new TickSignal(TickSignalKind.FirstAudioOut, tag.TurnId, 0, _tick, Stopwatch.GetTimestamp()));
            }
            return true;
        }
        if (Volatile.Read(ref _hangUpAfterDrain) == 1 && Volatile.Read(ref _botTurnActive) == 0 &&
            Interlocked.Exchange(ref _hangUpAfterDrain, 0) == 1)
            Post(new TickSignal(TickSignalKind.HangUpDue, 0, 0, _tick, Stopwatch.GetTimestamp()));
        return false;
    }

    private ReadOnlySpan<short> To16k(ReadOnlySpan<short> pcm)
    {
        if (_inboundResampler is null)
            return pcm;
        int written = _inboundResampler.Process(pcm, _inbound16k);
        return _inbound16k.AsSpan(0, written);
    }

    // Bot audio is queued or played within the last 200 ms (a gap between two sentences still counts).
    private bool BotSpeaking() => _playout.QueuedFrames > 0 || _nowMs - _lastAudioOutMs <= 200;

    private void OnTurnEvent(TurnEvent turnEvent, int frameSamples, bool botSpeaking, long timestamp)
    {
        long position = _utterances.Position;
        switch (turnEvent)
        {
            case TurnEvent.SpeechStarted:
                _utteranceId++;
                Volatile.Write(ref _callerHints, 0);
                if (botSpeaking)
                {
                    _arbiter.OnOverlapStarted(_utteranceId);
                    _overlapStartTimestamp = timestamp;
                }
                long start = Math.Max(0, position - frameSamples - (long)_options.PreRollMs * SttRate / 1000);
                Post(new SttCommand(SttCommandKind.Begin, _utteranceId, start, botSpeaking, timestamp));
                _nextPartialMs = _nowMs + PartialIntervalMs();
                break;
            case TurnEvent.SpeechDiscarded:
                // Over the bot, a short "wait" may be too brief to confirm: let its final words decide instead.
                bool overlapping = _arbiter.PendingUtterance == _utteranceId;
                if (overlapping)
                    Volatile.Write(ref _awaitingFinal, 1);
                Post(new SttCommand(overlapping ? SttCommandKind.End : SttCommandKind.Discard, _utteranceId, position, overlapping, timestamp));
                _arbiter.OnUtteranceEnded(_utteranceId, _nowMs);
                break;
            case TurnEvent.TurnEnded:
                bool pending = _arbiter.PendingUtterance == _utteranceId;
                Volatile.Write(ref _awaitingFinal, 1);
                Post(new SttCommand(SttCommandKind.End, _utteranceId, position, pending, timestamp));
                _arbiter.OnUtteranceEnded(_utteranceId, _nowMs);
                break;
            default:
                if (_turns.InUtterance && _nowMs >= _nextPartialMs)
                {
                    Post(new SttCommand(SttCommandKind.Partial, _utteranceId, position, false, timestamp));
                    _nextPartialMs = _nowMs + PartialIntervalMs();
                }
                break;
        }
    }

    // Partials come faster while an utterance over the bot awaits its barge-in decision.
    private int PartialIntervalMs() =>
        _arbiter.PendingUtterance == _utteranceId ? _options.OverlapPartialIntervalMs : _options.PartialIntervalMs;

    private void DecideBargeIn(bool botSpeaking, long timestamp)
    {
        int pending = _arbiter.PendingUtterance;
        if (pending < 0)
            return;
        long verdict = Volatile.Read(ref _verdict);
        bool current = (int)(verdict >> 8) == pending;
        var kind = current ? (UtteranceKind)(verdict & 0x7F) : UtteranceKind.Unknown;
        bool final = current && (verdict & 0x80) != 0;
        int confirmedMs = _turns.Confirmed && _utteranceId == pending ? _turns.SpeechMs : 0;
        switch (_arbiter.Update(_nowMs, botSpeaking, confirmedMs, kind, final))
        {
            case BargeInAction.Interrupt:
                // Everything the caller must stop hearing stops in this tick: the flush and the generation bump.
                int generation = Interlocked.Increment(ref _generation);
                _playout.Flush();
                _lastAudioOutMs = long.MinValue / 2;
                Volatile.Write(ref _lastBargeInTimestamp, timestamp);
                Volatile.Write(ref _interruptingUtterance, pending);
                Volatile.Write(ref _lastBargeInTick, _tick);
                _metrics.Record(LatencyStage.BargeInDecision, Stopwatch.GetElapsedTime(_overlapStartTimestamp, timestamp));
                Post(new TickSignal(TickSignalKind.BargeIn, generation, pending, _tick, timestamp));
                break;
            case BargeInAction.Accept:
                Post(new TickSignal(TickSignalKind.OverlapAccepted, 0, pending, _tick, timestamp));
                break;
            case BargeInAction.Ignore:
                Post(new TickSignal(TickSignalKind.OverlapIgnored, 0, pending, _tick, timestamp));
                break;
        }
    }

    private void Escalate(bool botSpeaking)
    {
        bool callerActive = _turns.InUtterance || Volatile.Read(ref _brainTurnActive) == 1 || Volatile.Read(ref _awaitingFinal) == 1;
        bool botActive = botSpeaking || Volatile.Read(ref _botTurnActive) == 1;
        var step = _escalation.Update(_nowMs, callerActive, botActive);
        if (step != EscalationStep.None)
            Post(new TickSignal(TickSignalKind.Escalation, (int)step, 0, _tick, Stopwatch.GetTimestamp()));
    }

    private void Post(SttCommand command)
    {
        if (!_sttCommands.Writer.TryWrite(command))
            Interlocked.Increment(ref _droppedTickPosts);
    }

    private void Post(TickSignal signal)
    {
        if (!_signals.Writer.TryWrite(signal))
            Interlocked.Increment(ref _droppedTickPosts);
    }
}
