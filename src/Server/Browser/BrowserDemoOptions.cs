using System.Net;

namespace MediaCore.Server.Browser;

/// <summary>
/// Where the browser demo listens and who may use it. Loopback by default: anyone who can reach 127.0.0.1 already
/// runs code on this machine. Once bound to anything else the page's data (/api/tenants) and the call WebSocket need
/// the control API's bearer token; a non-loopback bind without a token is refused by <see cref="Validate"/>.
/// </summary>
public sealed class BrowserDemoOptions
{
    /// <summary>The default bind: 127.0.0.1:8080.</summary>
    public static readonly IPEndPoint DefaultBind = new(IPAddress.Loopback, 8080);

    /// <summary>Address and port Kestrel listens on (port 0 = any free port, as tests use).</summary>
    public IPEndPoint Bind { get; init; } = DefaultBind;

    /// <summary>The control API bearer token. Required when <see cref="Bind"/> is not loopback; when set it is always checked.</summary>
    public string? Token { get; init; }

    /// <summary>Most concurrent browser calls; further sockets are refused with 503 before the upgrade.</summary>
    public int MaxConcurrentCalls { get; init; } = 8;

    /// <summary>How long a call may last before the server hangs up (a demo, not a phone line).</summary>
    public TimeSpan MaxCallDuration { get; init; } = TimeSpan.FromMinutes(10);

    public bool IsLoopback => IPAddress.IsLoopback(Bind.Address);

    /// <summary>True when requests must carry <see cref="Token"/>.</summary>
    public bool RequiresToken => Token is not null || !IsLoopback;

    /// <summary>Null when usable, else why not (shown to the operator at startup).</summary>
    public string? Validate()
    {
        if (Token is not null && string.IsNullOrWhiteSpace(Token))
            return "the browser demo token is empty";
        if (!IsLoopback && Token is null)
            return $"the browser demo binds to {Bind} (not loopback) but no control API token is configured";
        if (MaxConcurrentCalls <= 0)
            return "MaxConcurrentCalls must be positive";
        return MaxCallDuration <= TimeSpan.Zero ? "MaxCallDuration must be positive" : null;
    }
}
