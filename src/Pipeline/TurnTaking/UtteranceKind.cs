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
    /// <summary>"ruko", "wait", "stop", a question or any other words: interrupt.</summary>
    Interrupting = 4,
}
