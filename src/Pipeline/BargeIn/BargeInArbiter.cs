using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.BargeIn;

/// <summary>
/// Decides, tick by tick, whether caller speech that overlaps the bot interrupts it. Pure and allocation-free: the
/// tick passes the bot state, the confirmed speech so far and the latest word verdict for the utterance.
/// An utterance that started while the bot spoke stays "pending" until it is resolved exactly once
/// (Interrupt, Ignore or Accept); a short "wait" is resolved by its final words after it ended.
/// </summary>
public sealed class BargeInArbiter
{
    private readonly BargeInOptions _options;
    private int _pendingUtterance = -1;
    private long _pendingEndedMs = -1;

    public BargeInArbiter(BargeInOptions? options = null) => _options = options ?? new BargeInOptions();

    public BargeInOptions Options => _options;

    /// <summary>The utterance awaiting a decision, or -1.</summary>
    public int PendingUtterance => _pendingUtterance;

    /// <summary>An utterance began while the bot was speaking.</summary>
    public void OnOverlapStarted(int utteranceId)
    {
        _pendingUtterance = utteranceId;
        _pendingEndedMs = -1;
    }

    /// <summary>The pending utterance ended (turn end) or was discarded as noise.</summary>
    public void OnUtteranceEnded(int utteranceId, long nowMs)
    {
        if (utteranceId == _pendingUtterance)
            _pendingEndedMs = nowMs;
    }

    /// <param name="botSpeaking">Bot audio is playing or queued.</param>
    /// <param name="confirmedSpeechMs">Confirmed VAD speech of the pending utterance so far (0 if not confirmed).</param>
    /// <param name="verdict">The latest word verdict for the pending utterance.</param>
    /// <param name="verdictIsFinal">The verdict came from the final transcript.</param>
    public BargeInAction Update(long nowMs, bool botSpeaking, int confirmedSpeechMs, UtteranceKind verdict, bool verdictIsFinal)
    {
        if (_pendingUtterance < 0)
            return BargeInAction.None;
        bool ended = _pendingEndedMs >= 0;
        if (!botSpeaking)
            return ended && verdictIsFinal ? Resolve(verdict >= UtteranceKind.Interrupting ? BargeInAction.Accept : BargeInAction.Ignore)
                : ended && nowMs - _pendingEndedMs > _options.VerdictGraceMs ? Resolve(BargeInAction.Accept)
                : BargeInAction.None;
        if (!_options.RequireWords)
            return confirmedSpeechMs > 0 || (ended && verdict >= UtteranceKind.Interrupting) ? Resolve(BargeInAction.Interrupt) : BargeInAction.None;
        // Partial words of a very short utterance are unreliable (a "haan" may decode as anything): short ones are
        // decided by their final words after they end.
        // Stop words and questions are trusted sooner than other words: a backchannel rarely decodes as them.
        int partialMinSpeechMs = verdict == UtteranceKind.Stop ? _options.StopWordsMinSpeechMs : _options.PartialWordsMinSpeechMs;
        if (verdict >= UtteranceKind.Interrupting && (ended ? verdictIsFinal : confirmedSpeechMs >= partialMinSpeechMs))
            return Resolve(BargeInAction.Interrupt);
        if (!ended && confirmedSpeechMs >= _options.InterruptWithoutWordsAfterMs && verdict != UtteranceKind.Backchannel)
            return Resolve(BargeInAction.Interrupt);
        if (ended && (verdictIsFinal || nowMs - _pendingEndedMs > _options.VerdictGraceMs))
            return Resolve(BargeInAction.Ignore);
        return BargeInAction.None;
    }

    public void Reset()
    {
        _pendingUtterance = -1;
        _pendingEndedMs = -1;
    }

    private BargeInAction Resolve(BargeInAction action)
    {
        Reset();
        return action;
    }
}
