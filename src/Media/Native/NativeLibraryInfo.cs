namespace MediaCore.Media.Native;

/// <summary>
/// One native library a binding imports: the logical name used in <c>[DllImport]</c>, the file to load,
/// the libraries that must be loaded before it (by absolute path, because the bundled ones carry no RPATH),
/// and whether it comes from Debian (system folders) or from the setup folder.
/// </summary>
public sealed record NativeLibraryInfo(
    string LogicalName,
    string FileName,
    bool FromSystem,
    IReadOnlyList<string> Dependencies);
