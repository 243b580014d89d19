namespace MediaCore.Server.Demo;

/// <summary>
/// One caller line: its text and 16 kHz audio. <see cref="OverBotAfterMs"/> &gt; 0 makes the caller speak it that
/// long after the bot's previous reply started, over the bot (a barge-in), instead of waiting for the reply to end.
/// </summary>
public sealed record ScriptLine(string Text, short[] Audio, int OverBotAfterMs = 0);
