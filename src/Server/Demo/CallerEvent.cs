namespace MediaCore.Server.Demo;

/// <summary>What the scripted caller did or heard, with the Stopwatch timestamp of the tick it happened in.</summary>
public readonly record struct CallerEvent(CallerEventKind Kind, int Line, long Timestamp, long Value = 0);
