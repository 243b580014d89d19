namespace MediaCore.Pipeline.Frames;

/// <summary>Stops every worker of the call (hang-up from either side).</summary>
public sealed record EndCallFrame(string Reason) : PipelineFrame
{
    public override FramePriority Priority => FramePriority.System;
}
