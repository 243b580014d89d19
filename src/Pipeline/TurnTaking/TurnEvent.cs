namespace MediaCore.Pipeline.TurnTaking;

/// <summary>What one VAD frame changed in the caller's turn.</summary>
public enum TurnEvent
{
    None,
    /// <summary>VAD speech began (not yet confirmed: may be a cough or a click).</summary>
    SpeechStarted,
    /// <summary>Enough speech to count as the caller talking (barge-in may now be considered).</summary>
    SpeechConfirmed,
    /// <summary>Unconfirmed speech died away: drop it.</summary>
    SpeechDiscarded,
    /// <summary>Confirmed speech followed by the end-of-turn silence.</summary>
    TurnEnded,
}
