namespace MediaCore.Pipeline.Records;

/// <summary>How a call ended. Stored as the snake_case text in <see cref="CallOutcomeText"/>.</summary>
public enum CallOutcome
{
    /// <summary>The caller got what they called for.</summary>
    Resolved,
    /// <summary>Handed to a human, voicemail or a fallback message.</summary>
    Fallback,
    /// <summary>The caller hung up or the line dropped before the call was resolved.</summary>
    Dropped,
    /// <summary>MediaCore failed, or the server died while the call was up (crash recovery).</summary>
    Error,
    /// <summary>The caller asked not to be recorded: only metadata was kept.</summary>
    PrivacyOptOut,
}
