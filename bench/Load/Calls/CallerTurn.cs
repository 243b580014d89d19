namespace MediaCore.Bench.Load.Calls;

/// <summary>
/// One caller utterance within a call, in frames from the call's first sent frame: where it started, its last audible
/// frame (the caller's end of speech) and whether it was spoken over the bot (a barge-in attempt).
/// </summary>
public readonly record struct CallerTurn(int Line, int FirstFrame, int LastVoicedFrame, bool TalkOver);
