namespace MediaCore.Pipeline.Speech;

/// <summary>A sentence or clause to synthesise for <see cref="Turn"/>; <see cref="IsEndOfTurn"/> marks the turn's end.</summary>
public sealed record SpeechSegment(BotTurn Turn, int Index, string Text, bool IsEndOfTurn = false);
