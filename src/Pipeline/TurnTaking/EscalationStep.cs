namespace MediaCore.Pipeline.TurnTaking;

public enum EscalationStep
{
    None,
    GentlePrompt,
    CheckIn,
    /// <summary>Say goodbye, then hang up.</summary>
    Goodbye,
    /// <summary>The call hit its maximum duration: goodbye, then hang up.</summary>
    MaxDuration,
}
