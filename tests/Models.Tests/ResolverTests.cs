namespace MediaCore.Models.Tests;

/// <summary>Resolver search order with a throwaway checkout: temp/repo (MediaCore.sln, models/cache) beside temp/shared/models.</summary>
public sealed class ResolverTests : IDisposable
{
    private static readonly byte[] Content = TestModels.Bytes(4096, seed: 7);

    private readonly TempFolder _temp = new();
    private readonly string _repo;
    private readonly string _cache;
    private readonly string _shared;
    private readonly string _configured;
    private readonly ModelEntry _entry = TestModels.Entry("test-vad", Content, "https://example.org/test-vad.bin", ModelKind.Vad);
    private readonly ModelManifest _manifest;

    public ResolverTests()
    {
        _repo = _temp.Sub("repo");
        File.WriteAllText(Path.Combine(_repo, RepoRoot.MarkerFile), "");
        _cache = _temp.Sub("repo", "models", "cache");
        _shared = _temp.Sub("shared", "models");
        _configured = _temp.Sub("configured");
        _manifest = new ModelManifest([_entry]);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void ConfiguredFolderWinsThenCacheThenShared()
    {
        foreach (var dir in new[] { _configured, _cache, _shared })
            File.WriteAllBytes(Path.Combine(dir, _entry.File), Content);
        var resolver = new ModelResolver(_manifest, _configured, _repo);

        Assert.Equal(Path.Combine(_configured, _entry.File), resolver.Resolve(_entry.Name));
        File.Delete(Path.Combine(_configured, _entry.File));
        Assert.Equal(Path.Combine(_cache, _entry.File), resolver.Resolve(_entry.Name));
        File.Delete(Path.Combine(_cache, _entry.File));
        Assert.Equal(Path.GetFullPath(Path.Combine(_shared, _entry.File)), resolver.Resolve(_entry.Name, verify: true));
    }

    [Fact]
    public void MissingModelMessageNamesTheFileTheFolderAndTheFetchCommand()
    {
        var resolver = new ModelResolver(_manifest, configuredDir: null, repoRoot: _repo);
        var error = Assert.Throws<ModelNotFoundException>(() => resolver.Resolve(_entry.Name));

        Assert.Equal(_cache, error.InstallFolder);
        Assert.Contains($"put {_entry.File} in {_cache}", error.Message);
        Assert.Contains($"'mediacore models fetch --only {_entry.Name}'", error.Message);
        Assert.Equal([_cache, _shared], error.SearchedFolders);
        Assert.Contains(_shared, error.Message);
        Assert.False(resolver.TryResolve(_entry.Name, out _));
    }

    [Fact]
    public void EnvironmentVariableIsTheDefaultConfiguredFolder()
    {
        var before = Environment.GetEnvironmentVariable(ModelResolver.ModelsDirVariable);
        try
        {
            Environment.SetEnvironmentVariable(ModelResolver.ModelsDirVariable, _configured);
            File.WriteAllBytes(Path.Combine(_configured, _entry.File), Content);
            var resolver = new ModelResolver(_manifest, repoRoot: _repo);
            Assert.True(resolver.TryResolve(_entry.Name, out var path));
            Assert.Equal(Path.Combine(_configured, _entry.File), path);
            Assert.Equal(_configured, resolver.InstallFolder);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelResolver.ModelsDirVariable, before);
        }
    }

    [Fact]
    public void VerifiedResolveRejectsAWrongSizeAndAWrongHash()
    {
        var resolver = new ModelResolver(_manifest, _configured, _repo);
        var path = Path.Combine(_configured, _entry.File);

        File.WriteAllBytes(path, Content[..^1]);
        var truncated = Assert.Throws<ModelIntegrityException>(() => resolver.Resolve(_entry.Name, verify: true));
        Assert.Contains($"has {Content.Length - 1} bytes, expected {Content.Length}", truncated.Message);

        var tampered = (byte[])Content.Clone();
        tampered[100] ^= 0xFF;
        File.WriteAllBytes(path, tampered);
        var wrongHash = Assert.Throws<ModelIntegrityException>(() => resolver.Resolve(_entry.Name, verify: true));
        Assert.Contains($"expected {_entry.Sha256}", wrongHash.Message);
        Assert.Equal(path, wrongHash.FilePath);

        Assert.Equal(path, resolver.Resolve(_entry.Name)); // unverified resolve still finds it
    }

    [Fact]
    public void RepoRootIsFoundFromANestedFolder()
    {
        var nested = _temp.Sub("repo", "src", "Server", "bin");
        Assert.Equal(_repo, RepoRoot.Find(nested));
        Assert.Null(RepoRoot.Find(_temp.Sub("shared")));
        Assert.Equal(TestPaths.RepoRoot, RepoRoot.Find());
    }
}
