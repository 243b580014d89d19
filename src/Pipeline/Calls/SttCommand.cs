namespace MediaCore.Pipeline.Calls;

/// <summary>What the tick thread asks of the STT worker (a small struct: posting it allocates nothing).</summary>
internal readonly record struct SttCommand(SttCommandKind Kind, int UtteranceId, long Position, bool Overlap, long Timestamp);

internal enum SttCommandKind : byte
{
    /// <summary>An utterance began at <see cref="SttCommand.Position"/> (including pre-roll).</summary>
    Begin,
    /// <summary>Feed audio up to the position and produce a partial.</summary>
    Partial,
    /// <summary>The turn ended at the position: produce the final transcript.</summary>
    End,
    /// <summary>The utterance was noise: drop it.</summary>
    Discard,
}
