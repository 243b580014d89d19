namespace MediaCore.Pipeline.Frames;

/// <summary>
/// How a frame travels (Pipecat's classes): system frames jump the queue and survive interruptions; data and control
/// frames keep their order and are flushed by an interruption when they belong to the interrupted bot turn.
/// </summary>
public enum FramePriority
{
    System,
    Control,
    Data,
}
