using System.Security.Cryptography;

namespace MediaCore.Models;

/// <summary>A pinned hash: its algorithm and lower-case hex value. Only sha256 is preferred; sha1/md5 exist because some
/// upstreams publish nothing stronger, and a weak pin still catches truncation and corruption.</summary>
public readonly record struct ExpectedDigest(HashAlgorithmName Algorithm, string Hex)
{
    public static ExpectedDigest For(ModelEntry entry)
    {
        if (!string.IsNullOrEmpty(entry.Sha256)) return new(HashAlgorithmName.SHA256, entry.Sha256.ToLowerInvariant());
        if (!string.IsNullOrEmpty(entry.Sha1)) return new(HashAlgorithmName.SHA1, entry.Sha1.ToLowerInvariant());
        if (!string.IsNullOrEmpty(entry.Md5)) return new(HashAlgorithmName.MD5, entry.Md5.ToLowerInvariant());
        throw new InvalidOperationException($"manifest entry '{entry.Name}' has no sha256, sha1 or md5");
    }

    /// <summary>Hex length of a digest of this algorithm (64, 40 or 32).</summary>
    public static int HexLength(HashAlgorithmName algorithm) =>
        algorithm == HashAlgorithmName.SHA256 ? 64 : algorithm == HashAlgorithmName.SHA1 ? 40 : algorithm == HashAlgorithmName.MD5 ? 32
        : throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm.Name, "unsupported digest");

    public string Label => Algorithm.Name!.ToLowerInvariant();

    public override string ToString() => $"{Label}:{Hex}";
}
