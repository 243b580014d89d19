using MediaCore.Pipeline.Frames;

namespace MediaCore.Pipeline.Calls;

// Speech ordered from outside the conversation (the control API's Say).
public sealed partial class CallPipeline
{
    /// <summary>
    /// Speaks <paramref name="text"/> as a bot turn. With <paramref name="interrupt"/> whatever the bot is saying stops
    /// at the next outbound frame: bumping the generation makes the playout drop older audio and the speech worker
    /// skip older segments, exactly as a barge-in does.
    /// </summary>
    public void Say(string text, bool interrupt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (interrupt)
            Interlocked.Increment(ref _generation);
        _frames.Post(new BotSayFrame(text, HangUpAfter: false));
    }
}
