namespace MediaCore.Pipeline.Calls;

/// <summary>
/// A point in the bot's speech: the turn, its sentence (segment) and how many of that sentence's samples had been
/// handed out. The media plane keeps these next to its own playout marks, so a provider's "played up to here"
/// maps back to words.
/// </summary>
public readonly record struct PlayoutPosition(int TurnId, int Segment, int SegmentSamples)
{
    /// <summary>Before any bot audio.</summary>
    public static readonly PlayoutPosition None = new(-1, 0, 0);
}
