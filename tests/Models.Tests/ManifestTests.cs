using System.Security.Cryptography;
using System.Text;

namespace MediaCore.Models.Tests;

public sealed class ManifestTests
{
    [Fact]
    public void EmbeddedManifestListsEveryKindWithUrlLicenceSizeAndWellFormedHash()
    {
        var manifest = ModelManifest.Embedded;
        Assert.True(manifest.Entries.Count >= 15);
        foreach (var entry in manifest.Entries)
        {
            Assert.True(Uri.TryCreate(entry.Url, UriKind.Absolute, out var url) && url.Scheme == "https", entry.Name);
            Assert.False(string.IsNullOrWhiteSpace(entry.License), entry.Name);
            Assert.True(entry.Size > 0, entry.Name);
            var digest = entry.Digest;
            Assert.Equal(ExpectedDigest.HexLength(digest.Algorithm), digest.Hex.Length);
            Assert.All(digest.Hex, c => Assert.True(Uri.IsHexDigit(c) && !char.IsUpper(c), entry.Name));
        }
        foreach (var kind in Enum.GetValues<ModelKind>())
            Assert.Contains(manifest.Entries, e => e.Kind == kind);
    }

    [Fact]
    public void ManifestFileInTheRepoIsTheEmbeddedOne()
    {
        var file = ModelManifest.LoadFile(Path.Combine(TestPaths.RepoRoot, "models", "manifest.json"));
        Assert.Equal(ModelManifest.Embedded.Entries, file.Entries, (a, b) => a.Name == b.Name && a.Size == b.Size && a.Digest == b.Digest && a.Url == b.Url);
    }

    [Theory]
    [InlineData("silero-vad-v5", "silero_vad_v5.onnx", 2327524L, "2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f")]
    [InlineData("whisper-tiny", "ggml-tiny.bin", 77691713L, "be07e048e1e599ad46341c8d2a135645097a538221678b7acdd1b1919c6e1b21")]
    [InlineData("whisper-base.en-q5_1", "ggml-base.en-q5_1.bin", 59721011L, "4baf70dd0d7c4247ba2b81fafd9c01005ac77c2f9ef064e00dcf195d0e2fdd2f")]
    [InlineData("piper-en_US-lessac-medium", "en_US-lessac-medium.onnx", 63201294L, "5efe09e69902187827af646e1a6e9d269dee769f9877d17b16b1b46eeaaf019f")]
    public void PinnedEntriesCarryThePublishedValues(string name, string file, long size, string sha256)
    {
        var entry = ModelManifest.Embedded.Find(name);
        Assert.Equal(file, entry.File);
        Assert.Equal(size, entry.Size);
        Assert.Equal(sha256, entry.Sha256);
    }

    [Fact]
    public void EntriesWithoutSha256FallBackToMd5()
    {
        var pratham = ModelManifest.Embedded.Find("piper-hi_IN-pratham-medium");
        Assert.Null(pratham.Sha256);
        Assert.Equal(HashAlgorithmName.MD5, pratham.Digest.Algorithm);
        Assert.Equal(HashAlgorithmName.SHA256, ModelManifest.Embedded.Find("whisper-small").Digest.Algorithm);
    }

    [Fact]
    public void EveryPiperVoiceBringsItsConfig()
    {
        var manifest = ModelManifest.Embedded;
        foreach (var voice in manifest.Entries.Where(e => e.Kind == ModelKind.PiperVoice))
        {
            var selected = manifest.Select([voice.Name]);
            Assert.Equal(2, selected.Count);
            var config = Assert.Single(selected, e => e.Kind == ModelKind.PiperConfig);
            Assert.Equal(voice.File + ".json", config.File);
            Assert.Equal(voice.Url + ".json", config.Url);
        }
    }

    [Fact]
    public void UnknownNameListsTheKnownOnes()
    {
        var error = Assert.Throws<ArgumentException>(() => ModelManifest.Embedded.Find("whisper-huge"));
        Assert.Contains("whisper-huge", error.Message);
        Assert.Contains("silero-vad-v5", error.Message);
    }

    [Theory]
    [InlineData("\"sha256\": \"abc\"", "sha256 that is not 64 hex digits")]
    [InlineData("\"md5\": \"0123456789abcdef0123456789abcdeg\"", "md5 that is not 32 hex digits")]
    [InlineData("\"sha1\": null", "no sha256, sha1 or md5")]
    public void MalformedEntriesAreRejectedAtLoad(string hashField, string expected)
    {
        var json = $$"""
            { "schema": 1, "models": [ { "name": "x", "kind": "whisper", "file": "x.bin", "size": 1,
              {{hashField}}, "url": "https://example.org/x.bin", "license": "MIT" } ] }
            """;
        var error = Assert.Throws<InvalidDataException>(() => ModelManifest.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void RealSileroModelInSharedDataMatchesItsPin()
    {
        var entry = ModelManifest.Embedded.Find("silero-vad-v5");
        ModelIntegrity.Verify(Path.Combine(TestPaths.SharedModels, entry.File), entry);
    }
}
