using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.InteropServices;

namespace MediaCore.Media.Native;

/// <summary>
/// The one place where MediaCore finds native libraries. Every assembly with bindings calls
/// <see cref="Register"/> from a module initializer; imports then resolve by logical name
/// (<see cref="NativeLibraryCatalog"/>) to the setup folder (<c>.native/linux-x64</c>, or <c>MEDIACORE_NATIVE_DIR</c>)
/// or to Debian's library folders. A missing file throws <see cref="NativeLibraryNotFoundException"/>.
/// </summary>
public static class NativeLibraryResolver
{
    public const string NativeDirEnvironmentVariable = "MEDIACORE_NATIVE_DIR";
    public const string SetupFolderRelative = ".native/linux-x64";

    private static readonly string[] SystemFolders =
        ["/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib", "/usr/local/lib"];

    // The resolver runs once per imported function: cache handles so each library loads once.
    private static readonly ConcurrentDictionary<string, IntPtr> Loaded = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Assembly, bool> Registered = new();
    private static readonly Lock LoadLock = new();

    /// <summary>Installs the resolver for <paramref name="assembly"/>; safe to call more than once.</summary>
    public static void Register(Assembly assembly)
    {
        if (Registered.TryAdd(assembly, true))
            NativeLibrary.SetDllImportResolver(assembly, Resolve);
    }

    /// <summary>The setup folder in use: the environment variable, else the nearest <c>.native/linux-x64</c> above the app.</summary>
    public static string SetupFolder()
    {
        var configured = Environment.GetEnvironmentVariable(NativeDirEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, SetupFolderRelative);
            if (Directory.Exists(candidate) || File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return candidate;
        }
        return Path.Combine(AppContext.BaseDirectory, SetupFolderRelative);
    }

    /// <summary>Loads a catalogued library (and its dependencies) and returns its handle.</summary>
    public static IntPtr Load(string logicalName)
    {
        if (Loaded.TryGetValue(logicalName, out var cached))
            return cached;
        var info = NativeLibraryCatalog.TryGet(logicalName, out var known) ? known : NativeLibraryCatalog.System(logicalName);
        lock (LoadLock)
        {
            if (Loaded.TryGetValue(logicalName, out cached))
                return cached;
            foreach (var dependency in info.Dependencies)
                LoadFile(dependency, info.FromSystem);
            var handle = LoadFile(info.FileName, info.FromSystem);
            Loaded[logicalName] = handle;
            return handle;
        }
    }

    /// <summary>Where a library would be loaded from, or null when it is missing (for `mediacore check`).</summary>
    public static string? Locate(NativeLibraryInfo info) =>
        SearchFolders(info.FromSystem).Select(f => Path.Combine(f, info.FileName)).FirstOrDefault(File.Exists);

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        NativeLibraryCatalog.TryGet(libraryName, out _) ? Load(libraryName) : IntPtr.Zero;

    private static IntPtr LoadFile(string fileName, bool fromSystem)
    {
        if (Loaded.TryGetValue("file:" + fileName, out var cached))
            return cached;
        var folders = SearchFolders(fromSystem);
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, fileName);
            if (File.Exists(path))
            {
                var handle = NativeLibrary.Load(path);
                Loaded["file:" + fileName] = handle;
                return handle;
            }
        }
        throw new NativeLibraryNotFoundException(fileName, folders);
    }

    // The setup folder always comes first so a pinned copy wins over whatever the system has.
    private static IReadOnlyList<string> SearchFolders(bool fromSystem) =>
        fromSystem ? [SetupFolder(), .. SystemFolders] : [SetupFolder()];
}
