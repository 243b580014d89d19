using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace MediaCore.Server.Browser;

/// <summary>
/// Who may use the demo's data endpoints and call socket. The token may come as <c>Authorization: Bearer</c>
/// (fetch), as the <c>mediacore.bearer.&lt;token&gt;</c> WebSocket subprotocol or the <c>access_token</c> query
/// parameter (browsers cannot set headers on a WebSocket). Both sides are hashed to SHA-256 before a
/// <see cref="CryptographicOperations.FixedTimeEquals"/>, so neither the content nor the length leaks through timing.
/// Cross-site pages are refused by Origin (a page elsewhere must not open a call on the user's loopback server).
/// </summary>
internal sealed class BrowserAccessGuard
{
    private const string BearerScheme = "Bearer ";
    private readonly byte[]? _expectedHash;

    public BrowserAccessGuard(BrowserDemoOptions options) =>
        _expectedHash = options.RequiresToken ? SHA256.HashData(Encoding.UTF8.GetBytes(options.Token ?? "")) : null;

    public bool IsAuthorized(HttpRequest request)
    {
        if (_expectedHash is null)
            return true;
        var presented = PresentedToken(request);
        if (presented is null)
            return false;
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _expectedHash);
    }

    /// <summary>No Origin (not a browser, or same-origin GET) or one naming this very host.</summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0)
            return true;
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    private static string? PresentedToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith(BearerScheme, StringComparison.OrdinalIgnoreCase))
            return authorization[BearerScheme.Length..].Trim();
        foreach (var protocol in request.HttpContext.WebSockets.WebSocketRequestedProtocols)
        {
            if (protocol.StartsWith(BrowserWire.BearerSubProtocolPrefix, StringComparison.Ordinal))
                return protocol[BrowserWire.BearerSubProtocolPrefix.Length..];
        }
        var query = request.Query[BrowserWire.TokenQueryParameter].ToString();
        return query.Length > 0 ? query : null;
    }
}
