using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Auth;

/// <summary>
/// A WWW-Authenticate / Proxy-Authenticate Digest challenge (RFC 3261 §22.4, RFC 2617 §3.2.1, RFC 7616 §3.3):
/// <code>
/// challenge = "Digest" LWS digest-cln *(COMMA digest-cln)
/// digest-cln = realm / domain / nonce / opaque / stale / algorithm / qop-options / auth-param
/// </code>
/// </summary>
public sealed class DigestChallenge
{
    public DigestChallenge(string realm, string nonce, DigestAlgorithm algorithm = DigestAlgorithm.Md5)
    {
        Realm = realm;
        Nonce = nonce;
        Algorithm = algorithm;
    }

    public string Realm { get; }
    public string Nonce { get; }
    public string? Opaque { get; init; }
    public string? Domain { get; init; }
    public bool Stale { get; init; }
    public DigestAlgorithm Algorithm { get; }

    /// <summary>qop-options offered ("auth", "auth-int"); empty for an RFC 2069-style challenge.</summary>
    public IReadOnlyList<string> Qop { get; init; } = Array.Empty<string>();

    public bool SupportsQopAuth => Qop.Contains("auth", StringComparer.OrdinalIgnoreCase);

    public static bool TryParse(string headerValue, [NotNullWhen(true)] out DigestChallenge? challenge)
    {
        challenge = null;
        if (!DigestParameters.TryParse(headerValue, out var p)) return false;
        if (!p.TryGetValue("realm", out var realm) || !p.TryGetValue("nonce", out var nonce)) return false;
        p.TryGetValue("algorithm", out var algorithmName);
        if (!DigestAlgorithms.TryParse(algorithmName, out var algorithm)) return false;
        var qop = p.TryGetValue("qop", out var qopText)
            ? qopText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : Array.Empty<string>();
        challenge = new DigestChallenge(realm, nonce, algorithm)
        {
            Opaque = p.GetValueOrDefault("opaque"),
            Domain = p.GetValueOrDefault("domain"),
            Stale = p.TryGetValue("stale", out var stale) && stale.Equals("true", StringComparison.OrdinalIgnoreCase),
            Qop = qop,
        };
        return true;
    }

    /// <summary>
    /// Picks the challenge to answer among several header lines: SHA-256 over MD5 (RFC 8760 §2.4: a UAC uses the
    /// first it supports, and servers list the strongest first; we also prefer it explicitly). Null if none parse.
    /// </summary>
    public static DigestChallenge? SelectStrongest(IEnumerable<string> headerValues)
    {
        DigestChallenge? best = null;
        foreach (string value in headerValues)
        {
            if (!TryParse(value, out var c)) continue;
            if (best is null || (IsSha(c.Algorithm) && !IsSha(best.Algorithm))) best = c;
        }
        return best;
    }

    private static bool IsSha(DigestAlgorithm a) => a is DigestAlgorithm.Sha256 or DigestAlgorithm.Sha256Sess;

    public override string ToString()
    {
        var sb = new StringBuilder("Digest ");
        sb.Append("realm=").Append(SipGrammar.Quote(Realm));
        if (Domain is not null) sb.Append(", domain=").Append(SipGrammar.Quote(Domain));
        sb.Append(", nonce=").Append(SipGrammar.Quote(Nonce));
        if (Opaque is not null) sb.Append(", opaque=").Append(SipGrammar.Quote(Opaque));
        if (Stale) sb.Append(", stale=true");
        sb.Append(", algorithm=").Append(Algorithm.ToName());
        if (Qop.Count > 0) sb.Append(", qop=").Append(SipGrammar.Quote(string.Join(",", Qop)));
        return sb.ToString();
    }
}
