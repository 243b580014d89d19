namespace MediaCore.Pipeline.Frames;

/// <summary>The caller's final words for one turn (a partial when <see cref="IsFinal"/> is false).</summary>
/// <param name="EndOfSpeechTimestamp">Stopwatch timestamp of the tick that ended the turn (0 for partials).</param>
public sealed record UserTranscriptFrame(int UtteranceId, string Text, bool IsFinal, long EndOfSpeechTimestamp, long FinalTimestamp)
    : PipelineFrame
{
    public override FramePriority Priority => FramePriority.Data;
}
