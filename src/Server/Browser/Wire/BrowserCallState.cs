namespace MediaCore.Server.Browser;

/// <summary>The call states the page shows.</summary>
public enum BrowserCallState
{
    Connecting,
    Listening,
    Speaking,
    Ended,
    Error,
}
