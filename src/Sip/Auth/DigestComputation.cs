namespace MediaCore.Sip.Auth;

/// <summary>
/// The digest arithmetic (RFC 7616 §3.4.1–3.4.3, RFC 2617 §3.2.2.1–3.2.2.3):
/// <code>
/// A1 = username ":" realm ":" passwd                      ; -sess: H(username:realm:passwd) ":" nonce ":" cnonce
/// A2 = Method ":" request-uri                             ; qop=auth
/// response = H( H(A1) ":" nonce ":" nc ":" cnonce ":" qop ":" H(A2) )   ; with qop
/// response = H( H(A1) ":" nonce ":" H(A2) )                             ; without qop (RFC 2069)
/// </code>
/// </summary>
public static class DigestComputation
{
    /// <summary>H(username:realm:password) — what a registrar may store instead of the password.</summary>
    public static string ComputeHa1(DigestAlgorithm algorithm, string username, string realm, string password) =>
        algorithm.HashHex(username + ":" + realm + ":" + password);

    public static string ComputeResponse(DigestAlgorithm algorithm, string ha1, string nonce, string method, string uri,
        string? qop, string? nonceCount, string? cnonce)
    {
        string sessionHa1 = algorithm.IsSession() ? algorithm.HashHex(ha1 + ":" + nonce + ":" + cnonce) : ha1;
        string ha2 = algorithm.HashHex(method + ":" + uri);
        return qop is null
            ? algorithm.HashHex(sessionHa1 + ":" + nonce + ":" + ha2)
            : algorithm.HashHex(sessionHa1 + ":" + nonce + ":" + nonceCount + ":" + cnonce + ":" + qop + ":" + ha2);
    }
}
