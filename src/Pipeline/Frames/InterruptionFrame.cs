namespace MediaCore.Pipeline.Frames;

/// <summary>
/// Barge-in: the caller's speech was confirmed while the bot spoke. By the time this frame exists the tick thread has
/// already silenced playout and bumped the generation; the frame tells the workers to cancel and record the cut text.
/// </summary>
/// <param name="Generation">The new generation (audio of older generations is discarded).</param>
/// <param name="DecisionTimestamp">Stopwatch timestamp of the tick that decided.</param>
/// <param name="DecisionTick">Index of the tick that decided (frames counted since the call started).</param>
public sealed record InterruptionFrame(int Generation, long DecisionTimestamp, long DecisionTick, int UtteranceId) : PipelineFrame
{
    public override FramePriority Priority => FramePriority.System;
}
