using System.Net;

namespace MediaCore.Models;

/// <summary>
/// Puts verified model files into a target folder, either by downloading them (<see cref="FetchAsync"/>) or by copying
/// them from a local folder an operator filled on another machine (<see cref="InstallFromFolderAsync"/>).
/// A file only gets its final name after its size and pinned hash match; until then it is &lt;file&gt;.part.
/// </summary>
public sealed class ModelFetcher : IDisposable
{
    public const string PartSuffix = ".part";

    private readonly HttpClient _client;
    private readonly ModelFetcherOptions _options;

    public ModelFetcher(ModelFetcherOptions? options = null)
    {
        _options = options ?? ModelFetcherOptions.Default;
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _options.ConnectTimeout,
            AutomaticDecompression = DecompressionMethods.None, // Range offsets are in bytes of the file, not of a compressed stream
            AllowAutoRedirect = true,                            // Hugging Face redirects to its CDN
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan }; // bounded per wait by StallTimeout instead
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("MediaCore-models/1");
    }

    /// <summary>Downloads each entry into <paramref name="targetDir"/>, resuming partial downloads; stops at the first failure.</summary>
    public async Task<IReadOnlyList<ModelFetchResult>> FetchAsync(IEnumerable<ModelEntry> entries, string targetDir,
        IProgress<ModelTransferProgress>? progress = null, CancellationToken ct = default)
    {
        Directory.CreateDirectory(targetDir);
        var results = new List<ModelFetchResult>();
        foreach (var entry in entries)
            results.Add(await FetchOneAsync(entry, targetDir, progress, ct).ConfigureAwait(false));
        return results;
    }

    /// <summary>Copies each entry from <paramref name="sourceDir"/> into <paramref name="targetDir"/> after checking it.
    /// Fails before copying anything if a file is missing; refuses a file whose size or hash is wrong.</summary>
    public Task<IReadOnlyList<ModelFetchResult>> InstallFromFolderAsync(IEnumerable<ModelEntry> entries, string sourceDir, string targetDir,
        IProgress<ModelTransferProgress>? progress = null, CancellationToken ct = default) =>
        FolderInstall.RunAsync(entries.ToArray(), sourceDir, targetDir, progress, ct);

    public void Dispose() => _client.Dispose();

    private async Task<ModelFetchResult> FetchOneAsync(ModelEntry entry, string targetDir, IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        var finalPath = Path.Combine(targetDir, entry.File);
        if (await IsInstalledAsync(finalPath, entry, progress, ct).ConfigureAwait(false))
            return new ModelFetchResult(entry, finalPath, ModelFetchOutcome.AlreadyPresent);

        var partPath = finalPath + PartSuffix;
        await DownloadWithRetriesAsync(entry, partPath, progress, ct).ConfigureAwait(false);
        await VerifyPartAsync(entry, partPath, progress, ct).ConfigureAwait(false);
        File.Move(partPath, finalPath, overwrite: true);
        progress?.Report(new(entry.Name, ModelTransferStage.Installed, entry.Size, entry.Size, finalPath));
        return new ModelFetchResult(entry, finalPath, ModelFetchOutcome.Downloaded);
    }

    private async Task DownloadWithRetriesAsync(ModelEntry entry, string partPath, IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        var download = new PartFileDownload(_client, _options, entry, partPath, progress);
        var failures = 0;
        while (true)
        {
            try
            {
                await download.RunAttemptAsync(ct).ConfigureAwait(false);
                return;
            }
            catch (DownloadAttemptFailed e)
            {
                // An attempt that moved the part file forward is progress: only consecutive fruitless attempts count.
                failures = download.LastAttemptReceived > 0 ? 1 : failures + 1;
                if (failures >= _options.MaxAttempts)
                    throw new ModelFetchException($"gave up on {entry.File} after {failures} failed attempts: {e.Message}", e);
                progress?.Report(new(entry.Name, ModelTransferStage.Retrying, PartLength(partPath), entry.Size, e.Message));
                await Task.Delay(_options.RetryDelay * failures, ct).ConfigureAwait(false);
            }
        }
    }

    private static async Task VerifyPartAsync(ModelEntry entry, string partPath, IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new(entry.Name, ModelTransferStage.Verifying, entry.Size, entry.Size));
        try
        {
            await ModelIntegrity.VerifyAsync(partPath, entry, ct).ConfigureAwait(false);
        }
        catch (ModelIntegrityException e)
        {
            File.Delete(partPath); // a complete file with the wrong hash cannot be resumed into the right one
            throw new ModelIntegrityException(entry.Name, partPath,
                $"downloaded {entry.File} from {entry.Url} does not match the manifest ({e.Message}); the download was deleted and nothing was installed");
        }
    }

    /// <summary>True when the target already holds the verified file. A wrong file there is left until a verified replacement is ready.</summary>
    internal static async Task<bool> IsInstalledAsync(string finalPath, ModelEntry entry, IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        if (!File.Exists(finalPath) || new FileInfo(finalPath).Length != entry.Size) return false;
        try
        {
            await ModelIntegrity.VerifyAsync(finalPath, entry, ct).ConfigureAwait(false);
        }
        catch (ModelIntegrityException)
        {
            return false;
        }
        progress?.Report(new(entry.Name, ModelTransferStage.AlreadyPresent, entry.Size, entry.Size, finalPath));
        return true;
    }

    private static long PartLength(string partPath) => File.Exists(partPath) ? new FileInfo(partPath).Length : 0;
}
