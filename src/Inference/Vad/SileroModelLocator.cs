namespace MediaCore.Inference.Vad;

/// <summary>
/// Finds the Silero VAD model file: the configured path, else <c>&lt;repo&gt;/models/cache</c>, else the shared model
/// folder (<c>&lt;repo&gt;/../shared/models</c> or <c>$MEDIACORE_SHARED_DIR/models</c>). Kept small and internal so the
/// coming models/ resolver can replace it in one place.
/// </summary>
internal static class SileroModelLocator
{
    public const string FileName = "silero_vad_v5.onnx";
    public const string SharedDirEnvironmentVariable = "MEDIACORE_SHARED_DIR";

    /// <summary>The model path; throws <see cref="FileNotFoundException"/> listing every place searched.</summary>
    public static string Locate(string? configuredPath = null)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var full = Path.GetFullPath(configuredPath);
            return File.Exists(full) ? full : throw new FileNotFoundException($"Silero VAD model '{full}' (configured) does not exist.", full);
        }
        var candidates = Candidates().ToList();
        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException(
                $"Silero VAD model '{FileName}' was not found (looked in {string.Join(", ", candidates)}); run 'sudo scripts/setup' or configure its path.",
                FileName);
    }

    private static IEnumerable<string> Candidates()
    {
        var root = RepositoryRoot();
        if (root is not null)
        {
            yield return Path.Combine(root, "models", "cache", FileName);
            yield return Path.GetFullPath(Path.Combine(root, "..", "shared", "models", FileName));
        }
        var shared = Environment.GetEnvironmentVariable(SharedDirEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(shared))
            yield return Path.Combine(shared, "models", FileName);
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return dir.FullName;
        }
        return null;
    }
}
