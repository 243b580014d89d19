using System.Diagnostics;

namespace MediaCore.Models.Tests;

/// <summary>ModelFetcher against a real HTTP server on 127.0.0.1 serving generated files pinned by sha256.</summary>
public sealed class FetcherTests : IAsyncLifetime
{
    private const int Size = 300_000;
    private static readonly byte[] Content = TestModels.Bytes(Size, seed: 11);

    private static readonly ModelFetcherOptions FastOptions = new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(5),
        StallTimeout = TimeSpan.FromSeconds(5),
        MaxAttempts = 3,
        RetryDelay = TimeSpan.FromMilliseconds(20),
    };

    private readonly TempFolder _temp = new();
    private readonly TestModelServer _server = new();
    private readonly ModelFetcher _fetcher = new(FastOptions);
    private ModelEntry _entry = null!;

    public Task InitializeAsync()
    {
        _entry = TestModels.Entry("test-model", Content, _server.Add("test-model.bin", Content));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _fetcher.Dispose();
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private string FinalPath => Path.Combine(_temp.Path, _entry.File);
    private string PartPath => FinalPath + ModelFetcher.PartSuffix;

    [Fact]
    public async Task FullDownloadIsVerifiedAndInstalledUnderItsFinalName()
    {
        var reports = new List<ModelTransferProgress>();
        var results = await _fetcher.FetchAsync([_entry], _temp.Path, new SyncProgress(reports.Add));

        var result = Assert.Single(results);
        Assert.Equal(ModelFetchOutcome.Downloaded, result.Outcome);
        Assert.Equal(Content, await File.ReadAllBytesAsync(FinalPath));
        Assert.False(File.Exists(PartPath));
        Assert.Contains(reports, r => r.Stage == ModelTransferStage.Downloading && r.BytesDone == Size && r.BytesTotal == Size);
        Assert.Equal(ModelTransferStage.Installed, reports[^1].Stage);
        Assert.Null(Assert.Single(_server.Requests).RangeStart);
    }

    [Fact]
    public async Task PartialPartFileIsResumedWithARangeRequest()
    {
        await File.WriteAllBytesAsync(PartPath, Content[..100_000]);

        await _fetcher.FetchAsync([_entry], _temp.Path);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(100_000, request.RangeStart);
        Assert.Equal(206, request.Status);
        Assert.Equal(Size - 100_000, request.BodyBytesSent);
        Assert.Equal(Content, await File.ReadAllBytesAsync(FinalPath));
    }

    [Fact]
    public async Task ServerThatIgnoresRangeMakesTheDownloadRestart()
    {
        _server.IgnoreRange = true;
        await File.WriteAllBytesAsync(PartPath, TestModels.Bytes(100_000, seed: 99)); // not a prefix of the file

        await _fetcher.FetchAsync([_entry], _temp.Path);

        var request = Assert.Single(_server.Requests);
        Assert.Equal(100_000, request.RangeStart);
        Assert.Equal(200, request.Status);
        Assert.Equal(Content, await File.ReadAllBytesAsync(FinalPath));
    }

    [Fact]
    public async Task DroppedConnectionIsResumedWhereItStopped()
    {
        _server.Fault = index => index < 2 ? new ServeFault(DropAfterBodyBytes: 50_000) : null;
        var reports = new List<ModelTransferProgress>();

        await _fetcher.FetchAsync([_entry], _temp.Path, new SyncProgress(reports.Add));

        var requests = _server.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal([null, 50_000L, 100_000L], requests.Select(r => r.RangeStart));
        Assert.Equal(Content, await File.ReadAllBytesAsync(FinalPath));
        Assert.Equal(2, reports.Count(r => r.Stage == ModelTransferStage.Retrying));
    }

    [Fact]
    public async Task WrongHashIsRejectedAndLeavesNoFile()
    {
        var tampered = (byte[])Content.Clone();
        tampered[Size / 2] ^= 0x01;
        var entry = _entry with { Url = _server.Add("tampered.bin", tampered) };

        var error = await Assert.ThrowsAsync<ModelIntegrityException>(() => _fetcher.FetchAsync([entry], _temp.Path));

        Assert.Contains("does not match the manifest", error.Message);
        Assert.Contains(entry.Sha256!, error.Message);
        Assert.False(File.Exists(FinalPath));
        Assert.False(File.Exists(PartPath));
    }

    [Fact]
    public async Task UnreachableHostFailsFastWithTheOfflineMessage()
    {
        var closedPort = ClosedPort();
        var entry = _entry with { Url = $"http://127.0.0.1:{closedPort}/test-model.bin" };
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ModelFetchException>(() => _fetcher.FetchAsync([entry], _temp.Path));

        Assert.StartsWith("could not reach 127.0.0.1: ", error.Message);
        Assert.Contains("on an offline machine use --from DIR", error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}: it must not retry an unreachable host");
        Assert.False(File.Exists(FinalPath));
    }

    [Fact]
    public async Task StalledResponseIsAbandonedAndReportedAfterTheAttemptLimit()
    {
        _server.Fault = _ => new ServeFault(DropAfterBodyBytes: 0, StallAfterHeaders: true);
        using var fetcher = new ModelFetcher(FastOptions with { StallTimeout = TimeSpan.FromMilliseconds(300), MaxAttempts = 2 });

        var error = await Assert.ThrowsAsync<ModelFetchException>(() => fetcher.FetchAsync([_entry], _temp.Path));

        Assert.Contains("gave up on test-model.bin after 2 failed attempts", error.Message);
        Assert.Equal(2, _server.RequestCount);
        Assert.False(File.Exists(FinalPath));
    }

    [Fact]
    public async Task ServerThatNeverAnswersCountsAsUnreachable()
    {
        _server.Fault = _ => new ServeFault(StallBeforeHeaders: true);
        using var fetcher = new ModelFetcher(FastOptions with { StallTimeout = TimeSpan.FromMilliseconds(300) });

        var error = await Assert.ThrowsAsync<ModelFetchException>(() => fetcher.FetchAsync([_entry], _temp.Path));

        Assert.Equal("could not reach 127.0.0.1: no response within 0.3 s; on an offline machine use --from DIR (copy the model files from a machine with internet)", error.Message);
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task HttpErrorIsReportedWithoutRetrying()
    {
        var entry = _entry with { Url = $"http://127.0.0.1:{_server.Port}/no-such-file.bin" };

        var error = await Assert.ThrowsAsync<ModelFetchException>(() => _fetcher.FetchAsync([entry], _temp.Path));

        Assert.Contains("answered 404", error.Message);
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public async Task VerifiedFileAlreadyInPlaceIsNotDownloadedAgain()
    {
        await File.WriteAllBytesAsync(FinalPath, Content);

        var result = Assert.Single(await _fetcher.FetchAsync([_entry], _temp.Path));

        Assert.Equal(ModelFetchOutcome.AlreadyPresent, result.Outcome);
        Assert.Equal(0, _server.RequestCount);
    }

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
