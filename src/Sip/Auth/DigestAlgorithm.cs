using System.Security.Cryptography;
using System.Text;

namespace MediaCore.Sip.Auth;

/// <summary>Digest hash algorithms: MD5 (RFC 2617), SHA-256 (RFC 7616, for SIP RFC 8760), and their -sess variants.</summary>
public enum DigestAlgorithm
{
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}

/// <summary>Names and hash functions for <see cref="DigestAlgorithm"/>.</summary>
public static class DigestAlgorithms
{
    public static string ToName(this DigestAlgorithm algorithm) => algorithm switch
    {
        DigestAlgorithm.Md5Sess => "MD5-sess",
        DigestAlgorithm.Sha256 => "SHA-256",
        DigestAlgorithm.Sha256Sess => "SHA-256-sess",
        _ => "MD5",
    };

    /// <summary>Algorithm names are case-insensitive; a missing algorithm means MD5 (RFC 7616 §3.3).</summary>
    public static bool TryParse(string? name, out DigestAlgorithm algorithm)
    {
        algorithm = DigestAlgorithm.Md5;
        if (name is null || name.Equals("MD5", StringComparison.OrdinalIgnoreCase)) return true;
        if (name.Equals("MD5-sess", StringComparison.OrdinalIgnoreCase)) { algorithm = DigestAlgorithm.Md5Sess; return true; }
        if (name.Equals("SHA-256", StringComparison.OrdinalIgnoreCase)) { algorithm = DigestAlgorithm.Sha256; return true; }
        if (name.Equals("SHA-256-sess", StringComparison.OrdinalIgnoreCase)) { algorithm = DigestAlgorithm.Sha256Sess; return true; }
        return false;
    }

    public static bool IsSession(this DigestAlgorithm algorithm) => algorithm is DigestAlgorithm.Md5Sess or DigestAlgorithm.Sha256Sess;

    /// <summary>Lower-case hex of H(text) — the form every digest value takes on the wire (RFC 7616 §3.4).</summary>
    public static string HashHex(this DigestAlgorithm algorithm, string text)
    {
        byte[] data = Encoding.UTF8.GetBytes(text);
        byte[] hash = algorithm is DigestAlgorithm.Md5 or DigestAlgorithm.Md5Sess ? MD5.HashData(data) : SHA256.HashData(data);
        return Convert.ToHexStringLower(hash);
    }
}
