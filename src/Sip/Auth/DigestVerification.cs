namespace MediaCore.Sip.Auth;

/// <summary>Outcome of <see cref="DigestServer.Verify"/>; anything but <see cref="Valid"/> gets a fresh 401/407.</summary>
public enum DigestVerification
{
    Valid,

    /// <summary>Correct password but the nonce expired: challenge again with stale=true (RFC 7616 §3.3) so the UA retries silently.</summary>
    Stale,

    /// <summary>The nonce is not one we issued (bad MAC, bad encoding).</summary>
    InvalidNonce,

    WrongRealm,
    UnsupportedAlgorithm,

    /// <summary>The response hash does not match: wrong password (or wrong method/uri).</summary>
    WrongResponse,
}
