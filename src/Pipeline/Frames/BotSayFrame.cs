namespace MediaCore.Pipeline.Frames;

/// <summary>A fixed line for the bot to speak without the brain (greeting, silence prompts, goodbye).</summary>
/// <param name="HangUpAfter">Request a hang-up once this line has played out.</param>
public sealed record BotSayFrame(string Text, bool HangUpAfter) : PipelineFrame
{
    public override FramePriority Priority => FramePriority.Control;

    public override bool DroppedByInterruption => !HangUpAfter;
}
