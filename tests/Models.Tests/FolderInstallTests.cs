namespace MediaCore.Models.Tests;

/// <summary>`mediacore models fetch --from DIR`: offline install from a folder of files copied by an operator.</summary>
public sealed class FolderInstallTests : IDisposable
{
    private static readonly byte[] ModelBytes = TestModels.Bytes(200_000, seed: 21);
    private static readonly byte[] ConfigBytes = TestModels.Bytes(5_000, seed: 22);

    private readonly TempFolder _temp = new();
    private readonly string _source;
    private readonly string _target;
    private readonly ModelEntry _model = TestModels.Entry("voice", ModelBytes, "https://example.org/voice.bin", ModelKind.PiperVoice);
    private readonly ModelEntry _config = TestModels.Entry("voice-config", ConfigBytes, "https://example.org/voice-config.bin", ModelKind.PiperConfig);
    private readonly ModelFetcher _fetcher = new();

    public FolderInstallTests()
    {
        _source = _temp.Sub("usb-stick");
        _target = Path.Combine(_temp.Path, "models", "cache");
    }

    public void Dispose()
    {
        _fetcher.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task VerifiedFilesAreCopiedIntoTheTarget()
    {
        File.WriteAllBytes(Path.Combine(_source, _model.File), ModelBytes);
        File.WriteAllBytes(Path.Combine(_source, _config.File), ConfigBytes);

        var results = await _fetcher.InstallFromFolderAsync([_model, _config], _source, _target);

        Assert.All(results, r => Assert.Equal(ModelFetchOutcome.Copied, r.Outcome));
        Assert.Equal(ModelBytes, File.ReadAllBytes(Path.Combine(_target, _model.File)));
        Assert.Equal(ConfigBytes, File.ReadAllBytes(Path.Combine(_target, _config.File)));
        Assert.Empty(Directory.GetFiles(_target, "*" + ModelFetcher.PartSuffix));

        var again = await _fetcher.InstallFromFolderAsync([_model, _config], _source, _target);
        Assert.All(again, r => Assert.Equal(ModelFetchOutcome.AlreadyPresent, r.Outcome));
    }

    [Fact]
    public async Task MissingFilesAreListedAndNothingIsInstalled()
    {
        File.WriteAllBytes(Path.Combine(_source, _model.File), ModelBytes);

        var error = await Assert.ThrowsAsync<ModelFetchException>(() => _fetcher.InstallFromFolderAsync([_model, _config], _source, _target));

        Assert.Contains($"1 model file(s) missing from {_source}: {_config.File} ({_config.Name}", error.Message);
        Assert.DoesNotContain(_model.File + " (", error.Message);
        Assert.False(File.Exists(Path.Combine(_target, _model.File)));
    }

    [Fact]
    public async Task TamperedFileIsRefused()
    {
        var tampered = (byte[])ModelBytes.Clone();
        tampered[0] ^= 0x80;
        File.WriteAllBytes(Path.Combine(_source, _model.File), tampered);

        var error = await Assert.ThrowsAsync<ModelIntegrityException>(() => _fetcher.InstallFromFolderAsync([_model], _source, _target));

        Assert.StartsWith("refusing to install voice: ", error.Message);
        Assert.Equal(Path.Combine(_source, _model.File), error.FilePath);
        Assert.False(File.Exists(Path.Combine(_target, _model.File)));
        Assert.False(File.Exists(Path.Combine(_target, _model.File + ModelFetcher.PartSuffix)));
    }

    [Fact]
    public async Task RealSileroModelInstallsFromTheSharedFolder()
    {
        var silero = ModelManifest.Embedded.Select(["silero-vad-v5"]);

        var result = Assert.Single(await _fetcher.InstallFromFolderAsync(silero, TestPaths.SharedModels, _target));

        Assert.Equal(ModelFetchOutcome.Copied, result.Outcome);
        await ModelIntegrity.VerifyAsync(result.Path, result.Entry);
        var resolver = new ModelResolver(ModelManifest.Embedded, configuredDir: _target, repoRoot: _temp.Path);
        Assert.Equal(result.Path, resolver.Resolve("silero-vad-v5", verify: true));
    }
}
