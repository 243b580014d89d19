using System.Security.Cryptography;

namespace MediaCore.Models.Tests;

public sealed class IntegrityTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("sha256")]
    [InlineData("sha1")]
    [InlineData("md5")]
    public async Task EachPublishedDigestKindIsVerifiedAndAWrongOneRejected(string kind)
    {
        var content = TestModels.Bytes(10_000, seed: 3);
        var path = Path.Combine(_temp.Path, "m.bin");
        await File.WriteAllBytesAsync(path, content);
        var good = WithDigest(kind, content);

        await ModelIntegrity.VerifyAsync(path, good);
        Assert.Equal(kind, good.Digest.Label);

        var other = TestModels.Bytes(10_000, seed: 4);
        var error = await Assert.ThrowsAsync<ModelIntegrityException>(() => ModelIntegrity.VerifyAsync(path, WithDigest(kind, other)));
        Assert.Contains($"has {kind} ", error.Message);
    }

    private static ModelEntry WithDigest(string kind, byte[] content)
    {
        var entry = TestModels.Entry("m", content, "https://example.org/m.bin") with { Sha256 = null };
        return kind switch
        {
            "sha256" => entry with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)) },
            "sha1" => entry with { Sha1 = Convert.ToHexStringLower(SHA1.HashData(content)) },
            _ => entry with { Md5 = Convert.ToHexStringLower(MD5.HashData(content)) },
        };
    }
}
