using MediaCore.Media.Native;

namespace MediaCore.Inference.Engines;

/// <summary>
/// Checks that a catalogued native library can be used: the file exists where the resolver looks, and it loads
/// (with its dependencies). Returns a one-sentence problem with the setup command, or null when usable.
/// </summary>
public static class NativeLibraryProbe
{
    /// <summary>Debian packages holding the system libraries; bundled ones come from scripts/setup.</summary>
    private static readonly Dictionary<string, string> DebianPackages = new(StringComparer.Ordinal)
    {
        [NativeLibraryCatalog.Opus] = "libopus0",
        [NativeLibraryCatalog.EspeakNg] = "libespeak-ng1 espeak-ng-data",
        [NativeLibraryCatalog.PocketSphinx] = "libpocketsphinx3 pocketsphinx-en-us",
        [NativeLibraryCatalog.Flite] = "libflite1",
        [NativeLibraryCatalog.Sqlite] = "libsqlite3-0",
    };

    /// <summary>The command that installs <paramref name="info"/>.</summary>
    public static string SetupCommand(NativeLibraryInfo info) =>
        info.FromSystem && DebianPackages.TryGetValue(info.LogicalName, out var packages)
            ? $"sudo apt-get install {packages} (or sudo scripts/setup)"
            : info.FromSystem ? "sudo apt-get install libflite1 (or sudo scripts/setup)" : "sudo scripts/setup";

    /// <summary>Null when the catalogued library <paramref name="logicalName"/> loads; else why not and how to fix it.</summary>
    public static string? Problem(string logicalName)
    {
        var info = NativeLibraryCatalog.TryGet(logicalName, out var known) ? known : NativeLibraryCatalog.System(logicalName);
        if (NativeLibraryResolver.Locate(info) is null)
            return $"native library {info.FileName} not found; run '{SetupCommand(info)}'";
        try
        {
            NativeLibraryResolver.Load(logicalName);
            return null;
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException or InvalidOperationException)
        {
            return $"native library {info.FileName} failed to load ({e.Message}); run '{SetupCommand(info)}'";
        }
    }

    /// <summary>True when <paramref name="logicalName"/> loads (see <see cref="Problem"/>).</summary>
    public static bool IsUsable(string logicalName) => Problem(logicalName) is null;
}
