using System.Globalization;
using System.Security.Cryptography;

namespace MediaCore.Sip.Auth;

/// <summary>
/// Client side of SIP Digest (RFC 3261 §22.2–22.3): answers a 401/407 challenge with an Authorization /
/// Proxy-Authorization value. The nonce count (nc) starts at 00000001 for each new nonce and increases every time
/// the same nonce is reused (RFC 7616 §3.4), so servers that track nc can detect replays.
/// Not thread-safe: one instance per registration / call leg.
/// </summary>
public sealed class DigestClient
{
    private readonly Dictionary<string, int> _nonceCounts = new(StringComparer.Ordinal);

    public DigestClient(string username, string password)
    {
        Username = username;
        Password = password;
    }

    public string Username { get; }
    public string Password { get; }

    /// <summary>
    /// Builds credentials for <paramref name="method"/> on <paramref name="digestUri"/> (the Request-URI text).
    /// Uses qop=auth when offered, otherwise the RFC 2069 form. <paramref name="cnonce"/> is random unless given (tests).
    /// </summary>
    public DigestCredentials Respond(DigestChallenge challenge, string method, string digestUri, string? cnonce = null)
    {
        string? qop = challenge.SupportsQopAuth ? "auth" : null;
        bool needsCnonce = qop is not null || challenge.Algorithm.IsSession();
        cnonce = needsCnonce ? cnonce ?? NewCnonce() : null;
        string? nc = qop is null ? null : NextNonceCount(challenge.Nonce);
        string ha1 = DigestComputation.ComputeHa1(challenge.Algorithm, Username, challenge.Realm, Password);
        string response = DigestComputation.ComputeResponse(challenge.Algorithm, ha1, challenge.Nonce, method, digestUri, qop, nc, cnonce);
        return new DigestCredentials
        {
            Username = Username,
            Realm = challenge.Realm,
            Nonce = challenge.Nonce,
            Uri = digestUri,
            Response = response,
            Algorithm = challenge.Algorithm,
            Cnonce = cnonce,
            Opaque = challenge.Opaque,
            Qop = qop,
            NonceCount = nc,
        };
    }

    private string NextNonceCount(string nonce)
    {
        int count = _nonceCounts.TryGetValue(nonce, out int previous) ? previous + 1 : 1;
        _nonceCounts[nonce] = count;
        return count.ToString("x8", CultureInfo.InvariantCulture);
    }

    private static string NewCnonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
}
