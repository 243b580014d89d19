namespace MediaCore.Server.Streams.Auth;

/// <summary>The verdict on an upgrade request, mapped to the HTTP status sent instead of 101.</summary>
public enum StreamAccessDecision
{
    Allowed,
    /// <summary>401: no or wrong credentials.</summary>
    Unauthorized,
    /// <summary>403: the source address is not on the allow-list.</summary>
    Forbidden,
}
