namespace MediaCore.Pipeline.TurnTaking;

/// <summary>What the bot says when the line goes quiet, and when; and the longest a call may last.</summary>
public sealed record SilenceEscalationOptions
{
    public int GentlePromptAfterMs { get; init; } = 8_000;
    public int CheckInAfterMs { get; init; } = 16_000;
    public int GoodbyeAfterMs { get; init; } = 24_000;
    public long MaxCallDurationMs { get; init; } = 15 * 60_000;
    public string GentlePrompt { get; init; } = "Take your time, I'm listening.";
    public string CheckIn { get; init; } = "Are you still there?";
    public string Goodbye { get; init; } = "I haven't heard from you, so I'll end the call now. Goodbye!";
    public string MaxDurationGoodbye { get; init; } = "We've reached the time limit for this call. Thank you, goodbye!";
}
