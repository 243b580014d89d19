namespace MediaCore.Server.Demo;

public enum CallerEventKind
{
    /// <summary>The greeting finished (bot speech, then the configured silence).</summary>
    GreetingHeard,
    /// <summary>The caller started speaking line <see cref="CallerEvent.Line"/>.</summary>
    LineStarted,
    /// <summary>The caller's last frame of the line went out.</summary>
    LineEnded,
    /// <summary>First non-silent inbound frame after the line ended; Value = latency in microseconds.</summary>
    ReplyStarted,
    /// <summary>The reply ended (the configured silence after it).</summary>
    ReplyEnded,
    /// <summary>No reply within the wait limit.</summary>
    NoReply,
    /// <summary>Every line was spoken and answered (or timed out).</summary>
    Finished,
}
