using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.BargeIn;

/// <summary>
/// Whether a barge-in was a false alarm: the caller's turn that cut the bot ended soon after the decision and its
/// final words hold nothing to answer (nothing recognised, noise, a filler, a backchannel). Then the bot resumes.
/// </summary>
public static class FalseInterruption
{
    /// <param name="finalText">The interrupting turn's final transcript.</param>
    /// <param name="decisionToEndOfTurn">From the barge-in decision to the end of the caller's turn.</param>
    public static bool IsFalse(string finalText, TimeSpan decisionToEndOfTurn, BargeInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.ResumeAfterFalseInterruption || decisionToEndOfTurn.TotalMilliseconds > options.FalseInterruptionWindowMs)
            return false;
        return UtteranceClassifier.Classify(finalText ?? string.Empty) is UtteranceKind.Empty or UtteranceKind.Backchannel or UtteranceKind.Filler;
    }
}
