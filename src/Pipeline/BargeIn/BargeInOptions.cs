namespace MediaCore.Pipeline.BargeIn;

/// <summary>When caller speech over the bot counts as an interruption.</summary>
public sealed record BargeInOptions
{
    /// <summary>Wait for recognised words (so backchannels like "haan" do not cut the bot). False: VAD alone decides.</summary>
    public bool RequireWords { get; init; } = true;

    /// <summary>
    /// Confirmed speech needed before partial words may interrupt (shorter utterances wait for their final words): a
    /// short "haan" or "hmm" often decodes as some other word ("on", "edge") in a partial.
    /// </summary>
    public int PartialWordsMinSpeechMs { get; init; } = 600;

    /// <summary>
    /// Confirmed speech needed before a partial holding a stop word or a question (<see cref="UtteranceKind.Stop"/>:
    /// "wait", "ruko", "stop", "what") may interrupt. Lower than <see cref="PartialWordsMinSpeechMs"/> because
    /// backchannels do not decode as these words, and a caller saying "wait, wait" expects the bot to stop at once.
    /// </summary>
    public int StopWordsMinSpeechMs { get; init; } = 300;

    /// <summary>
    /// Speech this long interrupts even before any words are recognised (someone is clearly talking). flite's "haan",
    /// "okay", "achha", "yes" last 0.4–0.7 s; only a drawn-out "hmm" (0.85–1.2 s) is longer, and a partial recognised
    /// as a backchannel never interrupts by length.
    /// </summary>
    public int InterruptWithoutWordsAfterMs { get; init; } = 1_000;

    /// <summary>How long after a short utterance ended its final words may still decide an interruption.</summary>
    public int VerdictGraceMs { get; init; } = 2_500;

    /// <summary>
    /// Resume the cut reply, from the sentence where it was cut, when the interruption turns out to hold no words (its
    /// final transcript is empty, noise, a filler or a backchannel) and ended within <see cref="FalseInterruptionWindowMs"/>.
    /// </summary>
    public bool ResumeAfterFalseInterruption { get; init; }

    /// <summary>
    /// Longest time from the barge-in decision to the end of the caller's turn (its end-of-turn silence included) for
    /// the interruption to count as false.
    /// </summary>
    public int FalseInterruptionWindowMs { get; init; } = 2_000;
}
