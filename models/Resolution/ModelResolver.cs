namespace MediaCore.Models;

/// <summary>
/// Finds a model file by manifest name, in this order:
/// (1) the configured folder (constructor argument, else the MEDIACORE_MODELS_DIR environment variable),
/// (2) &lt;repo&gt;/models/cache (where scripts/setup and `mediacore models fetch` put files),
/// (3) &lt;repo&gt;/../shared/models (the shared test data next to the checkout).
/// </summary>
public sealed class ModelResolver
{
    public const string ModelsDirVariable = "MEDIACORE_MODELS_DIR";

    private readonly ModelManifest _manifest;

    /// <param name="manifest">Entries to resolve; default: the embedded manifest.</param>
    /// <param name="configuredDir">Folder searched first; default: $MEDIACORE_MODELS_DIR.</param>
    /// <param name="repoRoot">The checkout; default: found by walking up from AppContext.BaseDirectory.</param>
    public ModelResolver(ModelManifest? manifest = null, string? configuredDir = null, string? repoRoot = null)
    {
        _manifest = manifest ?? ModelManifest.Embedded;
        ConfiguredDir = NullIfEmpty(configuredDir) ?? NullIfEmpty(Environment.GetEnvironmentVariable(ModelsDirVariable));
        RepoRootPath = repoRoot ?? RepoRoot.Find();
        SearchFolders = BuildSearchFolders();
    }

    public string? ConfiguredDir { get; }
    public string? RepoRootPath { get; }

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> SearchFolders { get; }

    /// <summary>Where new files belong: the configured folder, else &lt;repo&gt;/models/cache, else ./models.</summary>
    public string InstallFolder => SearchFolders.Count > 0 ? SearchFolders[0] : Path.GetFullPath("models");

    public ModelManifest Manifest => _manifest;

    /// <summary>The path of the model's file; throws <see cref="ModelNotFoundException"/> naming the file and where to put it.
    /// With <paramref name="verify"/>, also checks size and hash (<see cref="ModelIntegrityException"/>).</summary>
    public string Resolve(string name, bool verify = false)
    {
        var entry = _manifest.Find(name);
        var path = Locate(entry).Path ?? throw new ModelNotFoundException(entry, SearchFolders, InstallFolder);
        if (verify) ModelIntegrity.Verify(path, entry);
        return path;
    }

    public bool TryResolve(string name, out string path)
    {
        path = string.Empty;
        if (!_manifest.TryFind(name, out var entry)) return false;
        var found = Locate(entry).Path;
        if (found is null) return false;
        path = found;
        return true;
    }

    /// <summary>The first search folder that holds the entry's file, without verifying it.</summary>
    public ModelLocation Locate(ModelEntry entry)
    {
        foreach (var folder in SearchFolders)
        {
            var candidate = Path.Combine(folder, entry.File);
            if (File.Exists(candidate)) return new ModelLocation(entry, candidate);
        }
        return new ModelLocation(entry, null);
    }

    private List<string> BuildSearchFolders()
    {
        var folders = new List<string>();
        if (ConfiguredDir is not null) folders.Add(Path.GetFullPath(ConfiguredDir));
        if (RepoRootPath is not null)
        {
            folders.Add(Path.GetFullPath(Path.Combine(RepoRootPath, "models", "cache")));
            folders.Add(Path.GetFullPath(Path.Combine(RepoRootPath, "..", "shared", "models")));
        }
        return folders.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
