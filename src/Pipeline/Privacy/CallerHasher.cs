using System.Security.Cryptography;
using System.Text;

namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// Caller numbers are stored only as HMAC-SHA256(pepper, normalised digits). The pepper lives outside the database,
/// so a stolen database cannot be reversed by hashing every possible phone number (a plain hash could be).
/// </summary>
public sealed class CallerHasher
{
    private readonly byte[] _pepper;

    public CallerHasher(PrivacyKeys keys, PhoneNumberNormalizer normalizer)
    {
        _pepper = keys.Pepper;
        Normalizer = normalizer;
    }

    public PhoneNumberNormalizer Normalizer { get; }

    /// <summary>Normalises and hashes a number; false when it is not a plausible phone number.</summary>
    public bool TryHash(string? number, out CallerHash hash)
    {
        hash = default;
        if (!Normalizer.TryNormalize(number, out var digits)) return false;
        hash = new CallerHash(Convert.ToHexStringLower(Mac(Encoding.ASCII.GetBytes(digits))));
        return true;
    }

    public CallerHash Hash(string number) =>
        TryHash(number, out var hash) ? hash : throw new ArgumentException("not a phone number", nameof(number));

    /// <summary>The raw MAC under the pepper (the known-answer tests check this against RFC 4231).</summary>
    internal byte[] Mac(ReadOnlySpan<byte> message) => HMACSHA256.HashData(_pepper, message);
}
