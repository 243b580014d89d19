namespace MediaCore.Pipeline.Calls;

/// <summary>
/// What waits inside one call's pipeline at a moment: STT commands for the recogniser worker, frames for the
/// conversation (brain) worker, sentences for the TTS worker, and 20 ms frames of bot audio not yet played.
/// </summary>
public readonly record struct PipelineQueueDepths(int SttCommands, int ConversationFrames, int SpeechSegments, int PlayoutFrames);
