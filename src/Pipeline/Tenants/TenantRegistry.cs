namespace MediaCore.Pipeline.Tenants;

/// <summary>
/// Holds the tenants of a folder and reloads them when a file changes. Readers take <see cref="Current"/>, an
/// immutable snapshot swapped atomically, so a reload never disturbs calls in progress; new calls see the new config.
/// A file that fails validation keeps its last good version (an editing mistake must not take a business offline)
/// and its errors are reported in the snapshot and through <see cref="Reloaded"/>.
/// </summary>
public sealed class TenantRegistry : IDisposable
{
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);
    private readonly string _directory;
    private readonly object _gate = new();
    private readonly Dictionary<string, TenantConfig> _lastGoodByFile = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher? _watcher;
    private readonly Timer _debounce;
    private TenantSnapshot _current = TenantSnapshot.Empty;
    private long _version;

    public TenantRegistry(string directory, bool watch = true)
    {
        _directory = Path.GetFullPath(directory);
        if (!Directory.Exists(_directory)) throw new DirectoryNotFoundException($"tenant folder not found: {_directory}");
        _debounce = new Timer(_ => Reload());
        Reload();
        if (!watch) return;
        _watcher = new FileSystemWatcher(_directory) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Filters.Add("*.yaml");
        _watcher.Filters.Add("*.yml");
        _watcher.Changed += OnFileEvent;
        _watcher.Created += OnFileEvent;
        _watcher.Deleted += OnFileEvent;
        _watcher.Renamed += OnFileEvent;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised after every reload with the new snapshot (on a thread-pool thread).</summary>
    public event Action<TenantSnapshot>? Reloaded;

    public TenantSnapshot Current => Volatile.Read(ref _current);

    public string Folder => _directory;

    /// <summary>Reads the folder again now and swaps the snapshot. Safe to call from any thread.</summary>
    public TenantSnapshot Reload()
    {
        TenantSnapshot snapshot;
        lock (_gate)
        {
            var errors = new List<string>();
            var files = TenantLoader.TenantFiles(_directory).ToArray();
            foreach (var gone in _lastGoodByFile.Keys.Except(files).ToArray()) _lastGoodByFile.Remove(gone);
            foreach (var file in files) LoadInto(file, errors);
            var tenants = _lastGoodByFile.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value).ToArray();
            errors.AddRange(TenantLoader.CrossFileErrors(tenants));
            snapshot = new TenantSnapshot(tenants, errors, ++_version);
            Volatile.Write(ref _current, snapshot);
        }
        Reloaded?.Invoke(snapshot);
        return snapshot;
    }

    private void LoadInto(string file, List<string> errors)
    {
        try
        {
            _lastGoodByFile[file] = TenantLoader.LoadFile(file);
        }
        catch (TenantConfigException e)
        {
            errors.AddRange(e.Errors);
        }
        catch (IOException e)
        {
            // An editor may still hold the file; the next change event reloads it.
            errors.Add($"{file}: {e.Message}");
        }
    }

    // Editors write a file in several steps (truncate, write, rename); wait until the burst is over.
    private void OnFileEvent(object sender, FileSystemEventArgs e) => _debounce.Change(Debounce, Timeout.InfiniteTimeSpan);

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce.Dispose();
    }
}
