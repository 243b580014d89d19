namespace MediaCore.Models;

/// <summary>
/// `mediacore models fetch --from DIR`: installs model files an operator copied from a machine with internet.
/// Every source file is checked against the manifest before it is copied, so a tampered or truncated file never lands.
/// </summary>
internal static class FolderInstall
{
    private const int BufferSize = 1 << 20;

    public static async Task<IReadOnlyList<ModelFetchResult>> RunAsync(IReadOnlyList<ModelEntry> entries, string sourceDir, string targetDir,
        IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        if (!Directory.Exists(sourceDir))
            throw new ModelFetchException($"--from folder {sourceDir} does not exist");
        RequireAllPresent(entries, sourceDir);
        Directory.CreateDirectory(targetDir);
        var results = new List<ModelFetchResult>();
        foreach (var entry in entries)
            results.Add(await InstallOneAsync(entry, sourceDir, targetDir, progress, ct).ConfigureAwait(false));
        return results;
    }

    private static void RequireAllPresent(IReadOnlyList<ModelEntry> entries, string sourceDir)
    {
        var missing = entries.Where(e => !File.Exists(Path.Combine(sourceDir, e.File))).ToArray();
        if (missing.Length == 0) return;
        var list = string.Join(", ", missing.Select(e => $"{e.File} ({e.Name}, {e.Size} bytes, {e.Url})"));
        throw new ModelFetchException($"{missing.Length} model file(s) missing from {sourceDir}: {list}; nothing was installed");
    }

    private static async Task<ModelFetchResult> InstallOneAsync(ModelEntry entry, string sourceDir, string targetDir,
        IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        var source = Path.GetFullPath(Path.Combine(sourceDir, entry.File));
        var finalPath = Path.GetFullPath(Path.Combine(targetDir, entry.File));
        progress?.Report(new(entry.Name, ModelTransferStage.Verifying, 0, entry.Size, source));
        await VerifySourceAsync(entry, source, ct).ConfigureAwait(false);
        if (source == finalPath || await ModelFetcher.IsInstalledAsync(finalPath, entry, progress, ct).ConfigureAwait(false))
            return new ModelFetchResult(entry, finalPath, ModelFetchOutcome.AlreadyPresent);

        var partPath = finalPath + ModelFetcher.PartSuffix;
        await CopyAsync(entry, source, partPath, progress, ct).ConfigureAwait(false);
        if (new FileInfo(partPath).Length != entry.Size)
        {
            File.Delete(partPath);
            throw new ModelFetchException($"copying {source} to {partPath} produced the wrong size; nothing was installed");
        }
        File.Move(partPath, finalPath, overwrite: true);
        progress?.Report(new(entry.Name, ModelTransferStage.Installed, entry.Size, entry.Size, finalPath));
        return new ModelFetchResult(entry, finalPath, ModelFetchOutcome.Copied);
    }

    private static async Task VerifySourceAsync(ModelEntry entry, string source, CancellationToken ct)
    {
        try
        {
            await ModelIntegrity.VerifyAsync(source, entry, ct).ConfigureAwait(false);
        }
        catch (ModelIntegrityException e)
        {
            throw new ModelIntegrityException(entry.Name, source, $"refusing to install {entry.Name}: {e.Message}");
        }
    }

    private static async Task CopyAsync(ModelEntry entry, string source, string partPath, IProgress<ModelTransferProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new(entry.Name, ModelTransferStage.Copying, 0, entry.Size, source));
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        await using var output = new FileStream(partPath, FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        await input.CopyToAsync(output, BufferSize, ct).ConfigureAwait(false);
    }
}
