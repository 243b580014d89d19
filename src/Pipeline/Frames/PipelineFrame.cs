namespace MediaCore.Pipeline.Frames;

/// <summary>What flows between a call's workers. Frames are created off the media tick thread (they allocate).</summary>
public abstract record PipelineFrame
{
    public abstract FramePriority Priority { get; }

    /// <summary>True when an interruption should drop this frame if it is still queued (it belongs to the old bot turn).</summary>
    public virtual bool DroppedByInterruption => false;
}
