namespace MediaCore.Pipeline.TurnTaking;

/// <summary>What the caller's words amount to while the bot speaks.</summary>
public enum UtteranceKind
{
    /// <summary>No words recognised yet.</summary>
    Unknown = 0,
    /// <summary>Recognised as nothing (noise, breath).</summary>
    Empty = 1,
    /// <summary>"haan", "okay", "hmm": the caller is listening; do not interrupt.</summary>
    Backchannel = 2,
    /// <summary>Fillers only ("um", "matlab"): not yet a reason to interrupt.</summary>
    Filler = 3,
    /// <summary>Substantive words ("book a table", "paneer"): interrupt.</summary>
    Interrupting = 4,
    /// <summary>
    /// An explicit stop or a question ("wait", "ruko", "stop", "hold on", "excuse me", "what", "kya", "?"): interrupt,
    /// and soon — these words are rarely what a backchannel decodes as, so they may be trusted on less speech.
    /// </summary>
    Stop = 5,
}
