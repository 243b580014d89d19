using System.Security.Cryptography;
using System.Text;

namespace MediaCore.Server.Grpc;

/// <summary>Checks <c>authorization: Bearer &lt;token&gt;</c> against the control token in constant time.</summary>
public sealed class BearerTokenAuthenticator
{
    private const string Scheme = "Bearer ";
    private readonly byte[] _expected;

    public BearerTokenAuthenticator(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _expected = Encoding.UTF8.GetBytes(token);
    }

    public bool IsAuthorized(string? authorizationHeader)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
            return false;
        var presented = Encoding.UTF8.GetBytes(authorizationHeader.AsSpan(Scheme.Length).Trim().ToString());
        return CryptographicOperations.FixedTimeEquals(presented, _expected);
    }
}
