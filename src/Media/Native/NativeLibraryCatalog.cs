namespace MediaCore.Media.Native;

/// <summary>
/// Every native library MediaCore binds, by logical name. Bundled libraries are installed by
/// <c>scripts/setup</c> into <c>.native/linux-x64</c>; system ones come from Debian packages that the same script installs.
/// </summary>
public static class NativeLibraryCatalog
{
    public const string Opus = "opus";
    public const string Whisper = "whisper";
    public const string OnnxRuntime = "onnxruntime";
    public const string EspeakNg = "espeak-ng";
    public const string PocketSphinx = "pocketsphinx";
    public const string Flite = "flite";
    public const string Sqlite = "sqlite3";

    private static readonly Dictionary<string, NativeLibraryInfo> Libraries = new(StringComparer.Ordinal)
    {
        [Opus] = new(Opus, "libopus.so.0", FromSystem: true, []),
        // libwhisper needs the three ggml libraries loaded first: it is built without RPATH $ORIGIN.
        [Whisper] = new(Whisper, "libwhisper.so.1", FromSystem: false, ["libggml-base.so.0", "libggml-cpu.so.0", "libggml.so.0"]),
        [OnnxRuntime] = new(OnnxRuntime, "libonnxruntime.so.1", FromSystem: false, []),
        [EspeakNg] = new(EspeakNg, "libespeak-ng.so.1", FromSystem: true, []),
        [PocketSphinx] = new(PocketSphinx, "libpocketsphinx.so.3", FromSystem: true, []),
        [Flite] = new(Flite, "libflite.so.1", FromSystem: true, []),
        [Sqlite] = new(Sqlite, "libsqlite3.so.0", FromSystem: true, []),
    };

    public static IReadOnlyCollection<NativeLibraryInfo> All => Libraries.Values;

    public static bool TryGet(string logicalName, out NativeLibraryInfo info) =>
        Libraries.TryGetValue(logicalName, out info!);

    /// <summary>Extra system libraries (flite voices and lexicons) that bindings load by file name.</summary>
    public static NativeLibraryInfo System(string fileName) => new(fileName, fileName, FromSystem: true, []);
}
