using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace MediaCore.Sip.Auth;

/// <summary>
/// Server side of SIP Digest (RFC 3261 §22.4, RFC 7616): issues challenges and verifies credentials.
/// <para>
/// Nonces are stateless: base64url( issued-at (8 bytes, Unix ms, big-endian) || HMAC-SHA256(key, issued-at || realm)[0..16] ).
/// Any node holding the key can verify one, and it expires after <see cref="NonceLifetime"/>. Being stateless it
/// cannot stop a replay of the same (nonce, nc) within the lifetime — acceptable for SIP where each request is also
/// bound to its Call-ID/CSeq; a registrar wanting strict nc checking would keep a small per-nonce counter on top.
/// </para>
/// Every secret comparison is constant-time (<see cref="CryptographicOperations.FixedTimeEquals"/>).
/// </summary>
public sealed class DigestServer
{
    private const int TimestampLength = 8;
    private const int MacLength = 16;
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    public DigestServer(string realm, byte[] key, TimeSpan nonceLifetime, TimeProvider? time = null)
    {
        if (key.Length < 16) throw new ArgumentException("The nonce key needs at least 128 bits.", nameof(key));
        Realm = realm;
        _key = key.ToArray();
        NonceLifetime = nonceLifetime;
        _time = time ?? TimeProvider.System;
    }

    public string Realm { get; }
    public TimeSpan NonceLifetime { get; }

    public DigestChallenge CreateChallenge(DigestAlgorithm algorithm = DigestAlgorithm.Md5, bool stale = false) =>
        new(Realm, CreateNonce(), algorithm) { Qop = new[] { "auth" }, Stale = stale };

    /// <summary>Verifies against a known password.</summary>
    public DigestVerification Verify(DigestCredentials credentials, string method, string password) =>
        VerifyHa1(credentials, method, DigestComputation.ComputeHa1(credentials.Algorithm, credentials.Username, Realm, password));

    /// <summary>Verifies against a stored H(username:realm:password) for the credentials' algorithm.</summary>
    public DigestVerification VerifyHa1(DigestCredentials credentials, string method, string ha1)
    {
        if (!string.Equals(credentials.Realm, Realm, StringComparison.Ordinal)) return DigestVerification.WrongRealm;
        if (credentials.Qop is not null && !credentials.Qop.Equals("auth", StringComparison.OrdinalIgnoreCase))
            return DigestVerification.UnsupportedAlgorithm;
        if (!TryReadNonce(credentials.Nonce, out long issuedAtMs)) return DigestVerification.InvalidNonce;

        string expected = DigestComputation.ComputeResponse(credentials.Algorithm, ha1, credentials.Nonce, method, credentials.Uri,
            credentials.Qop, credentials.NonceCount, credentials.Cnonce);
        bool matches = CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(credentials.Response.ToLowerInvariant()));
        if (!matches) return DigestVerification.WrongResponse;

        long ageMs = _time.GetUtcNow().ToUnixTimeMilliseconds() - issuedAtMs;
        return ageMs < 0 || ageMs > NonceLifetime.TotalMilliseconds ? DigestVerification.Stale : DigestVerification.Valid;
    }

    private string CreateNonce()
    {
        Span<byte> nonce = stackalloc byte[TimestampLength + MacLength];
        BinaryPrimitives.WriteInt64BigEndian(nonce, _time.GetUtcNow().ToUnixTimeMilliseconds());
        ComputeMac(nonce[..TimestampLength], nonce[TimestampLength..]);
        return Base64UrlEncode(nonce);
    }

    private bool TryReadNonce(string nonce, out long issuedAtMs)
    {
        issuedAtMs = 0;
        Span<byte> decoded = stackalloc byte[TimestampLength + MacLength];
        if (!TryBase64UrlDecode(nonce, decoded)) return false;
        Span<byte> mac = stackalloc byte[MacLength];
        ComputeMac(decoded[..TimestampLength], mac);
        if (!CryptographicOperations.FixedTimeEquals(mac, decoded[TimestampLength..])) return false;
        issuedAtMs = BinaryPrimitives.ReadInt64BigEndian(decoded);
        return true;
    }

    private void ComputeMac(ReadOnlySpan<byte> timestamp, Span<byte> destination)
    {
        byte[] realm = Encoding.UTF8.GetBytes(Realm);
        byte[] input = new byte[timestamp.Length + realm.Length];
        timestamp.CopyTo(input);
        realm.CopyTo(input.AsSpan(timestamp.Length));
        Span<byte> full = stackalloc byte[32];
        HMACSHA256.HashData(_key, input, full);
        full[..destination.Length].CopyTo(destination);
    }

    private static string Base64UrlEncode(ReadOnlySpan<byte> data) =>
        Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryBase64UrlDecode(string text, Span<byte> destination)
    {
        if (text.Length != 32) return false; // 24 bytes → 32 base64 chars, no padding
        string standard = text.Replace('-', '+').Replace('_', '/');
        return Convert.TryFromBase64String(standard, destination, out int written) && written == destination.Length;
    }
}
