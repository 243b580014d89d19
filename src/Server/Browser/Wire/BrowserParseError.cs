namespace MediaCore.Server.Browser;

/// <summary>Why a page → server text message was rejected (each closes the socket with its own reason).</summary>
public enum BrowserParseError
{
    None,
    TooLarge,
    NotJson,
    NotAnObject,
    MissingType,
    UnknownType,
    MissingTenant,
    BadDigit,
    BadSamples,
}
