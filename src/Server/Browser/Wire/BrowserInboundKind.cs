namespace MediaCore.Server.Browser;

/// <summary>The page → server control messages.</summary>
public enum BrowserInboundKind
{
    Start,
    Hangup,
    Dtmf,

    /// <summary>How many bot samples the page has played so far (its playout mark).</summary>
    Played,
}
