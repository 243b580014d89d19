namespace MediaCore.Pipeline.Speech;

/// <summary>Where a playout frame came from: the bot turn, the sentence in it and the sample offset within that sentence.</summary>
public readonly record struct PlayoutTag(int Generation, int TurnId, int Segment, int SegmentSampleEnd);
