using System.Net;
using System.Security.Cryptography;
using System.Text;
using MediaCore.Server.Streams.Hosting;
using Microsoft.AspNetCore.Http;

namespace MediaCore.Server.Streams.Auth;

/// <summary>
/// Decides whether a WebSocket upgrade may proceed, before it is accepted: the source address must be in the CIDR
/// allow-list (when one is configured), then a shared token or basic credentials must match (when configured).
/// An allow-list alone is enough (Exotel offers IP whitelisting as its authentication); nothing configured refuses
/// all unless <see cref="StreamEndpointOptions.AllowAnonymous"/>. Secrets are compared in constant time.
/// </summary>
public sealed class StreamAccessPolicy
{
    public const string TokenHeader = "X-MediaCore-Token";
    public const string TokenRouteValue = "token";

    private readonly IPNetwork[] _networks;
    private readonly byte[]? _token;
    private readonly byte[]? _basic;
    private readonly bool _allowAnonymous;

    public StreamAccessPolicy(StreamEndpointOptions options)
    {
        _networks = [.. options.AllowedNetworks.Select(ParseNetwork)];
        _token = string.IsNullOrEmpty(options.Token) ? null : Encoding.UTF8.GetBytes(options.Token);
        _basic = string.IsNullOrEmpty(options.BasicUser) ? null
            : Encoding.UTF8.GetBytes($"{options.BasicUser}:{options.BasicPassword}");
        _allowAnonymous = options.AllowAnonymous;
    }

    public StreamAccessDecision Check(HttpContext context)
    {
        if (_networks.Length > 0 && !IsAllowedAddress(context.Connection.RemoteIpAddress))
            return StreamAccessDecision.Forbidden;
        if (_token is null && _basic is null)
            return _allowAnonymous || _networks.Length > 0 ? StreamAccessDecision.Allowed : StreamAccessDecision.Unauthorized;
        return HasToken(context) || HasBasic(context) ? StreamAccessDecision.Allowed : StreamAccessDecision.Unauthorized;
    }

    private bool IsAllowedAddress(IPAddress? address)
    {
        if (address is null)
            return false;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        foreach (var network in _networks)
            if (network.Contains(address))
                return true;
        return false;
    }

    private bool HasToken(HttpContext context)
    {
        if (_token is null)
            return false;
        var request = context.Request;
        if (Matches(request.Query["token"].ToString()) || Matches(request.Headers[TokenHeader].ToString()))
            return true;
        if (request.RouteValues.TryGetValue(TokenRouteValue, out var routeToken) && Matches(routeToken as string))
            return true;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && Matches(authorization[7..].Trim());
    }

    private bool HasBasic(HttpContext context)
    {
        if (_basic is null)
            return false;
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        Span<byte> decoded = stackalloc byte[256];
        return Convert.TryFromBase64String(authorization[6..].Trim(), decoded, out var written)
            && CryptographicOperations.FixedTimeEquals(decoded[..written], _basic);
    }

    private bool Matches(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate.Length > 256)
            return false;
        Span<byte> bytes = stackalloc byte[1024];
        var written = Encoding.UTF8.GetBytes(candidate, bytes);
        return CryptographicOperations.FixedTimeEquals(bytes[..written], _token);
    }

    private static IPNetwork ParseNetwork(string cidr) =>
        IPNetwork.TryParse(cidr.Trim(), out var network) ? network
        : IPAddress.TryParse(cidr.Trim(), out var single) ? new IPNetwork(single, single.GetAddressBytes().Length * 8)
        : throw new FormatException($"Streams: '{cidr}' is not a CIDR range or an IP address.");
}
