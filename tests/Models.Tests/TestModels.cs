using System.Security.Cryptography;

namespace MediaCore.Models.Tests;

/// <summary>Generated model files and manifest entries that pin them, so fetch tests check real hashes of real bytes.</summary>
internal static class TestModels
{
    public static byte[] Bytes(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    public static ModelEntry Entry(string name, byte[] content, string url, ModelKind kind = ModelKind.Whisper) => new()
    {
        Name = name,
        Kind = kind,
        File = name + ".bin",
        Size = content.Length,
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
        Url = url,
        License = "test-only",
    };
}
