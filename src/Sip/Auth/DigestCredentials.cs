using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Auth;

/// <summary>
/// An Authorization / Proxy-Authorization Digest value (RFC 3261 §22.4, RFC 2617 §3.2.2, RFC 7616 §3.4):
/// username, realm, nonce, uri, response, algorithm, cnonce, opaque, qop, nc.
/// </summary>
public sealed class DigestCredentials
{
    public required string Username { get; init; }
    public required string Realm { get; init; }
    public required string Nonce { get; init; }
    public required string Uri { get; init; }
    public required string Response { get; init; }
    public DigestAlgorithm Algorithm { get; init; }
    public string? Cnonce { get; init; }
    public string? Opaque { get; init; }

    /// <summary>"auth" or null (no qop, RFC 2069 compatibility).</summary>
    public string? Qop { get; init; }

    /// <summary>nc: 8 hex digits, "00000001" for the first use of a nonce.</summary>
    public string? NonceCount { get; init; }

    public static bool TryParse(string headerValue, [NotNullWhen(true)] out DigestCredentials? credentials)
    {
        credentials = null;
        if (!DigestParameters.TryParse(headerValue, out var p)) return false;
        if (!p.TryGetValue("username", out var username) || !p.TryGetValue("realm", out var realm)
            || !p.TryGetValue("nonce", out var nonce) || !p.TryGetValue("uri", out var uri)
            || !p.TryGetValue("response", out var response)) return false;
        if (!DigestAlgorithms.TryParse(p.GetValueOrDefault("algorithm"), out var algorithm)) return false;
        string? qop = p.GetValueOrDefault("qop");
        // With qop, cnonce and nc are mandatory (RFC 7616 §3.4).
        if (qop is not null && (!p.ContainsKey("cnonce") || !p.ContainsKey("nc"))) return false;
        credentials = new DigestCredentials
        {
            Username = username,
            Realm = realm,
            Nonce = nonce,
            Uri = uri,
            Response = response,
            Algorithm = algorithm,
            Cnonce = p.GetValueOrDefault("cnonce"),
            Opaque = p.GetValueOrDefault("opaque"),
            Qop = qop,
            NonceCount = p.GetValueOrDefault("nc"),
        };
        return true;
    }

    public override string ToString()
    {
        var sb = new StringBuilder("Digest ");
        sb.Append("username=").Append(SipGrammar.Quote(Username));
        sb.Append(", realm=").Append(SipGrammar.Quote(Realm));
        sb.Append(", nonce=").Append(SipGrammar.Quote(Nonce));
        sb.Append(", uri=").Append(SipGrammar.Quote(Uri));
        sb.Append(", response=").Append(SipGrammar.Quote(Response));
        sb.Append(", algorithm=").Append(Algorithm.ToName());
        if (Cnonce is not null) sb.Append(", cnonce=").Append(SipGrammar.Quote(Cnonce));
        if (Opaque is not null) sb.Append(", opaque=").Append(SipGrammar.Quote(Opaque));
        if (Qop is not null) sb.Append(", qop=").Append(Qop);
        if (NonceCount is not null) sb.Append(", nc=").Append(NonceCount);
        return sb.ToString();
    }
}
