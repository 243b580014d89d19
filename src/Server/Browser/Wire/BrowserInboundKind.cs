namespace MediaCore.Server.Browser;

/// <summary>The page → server control messages.</summary>
public enum BrowserInboundKind
{
    Start,
    Hangup,
    Dtmf,
}
