using System.Runtime.CompilerServices;
using MediaCore.Media.Native;

namespace MediaCore.Pipeline;

/// <summary>Registers MediaCore's native library resolver for this assembly (one per assembly).</summary>
internal static class NativeBindings
{
    // CA2255 warns library authors off module initializers; this one only installs the DllImport resolver (by design).
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Init() => NativeLibraryResolver.Register(typeof(NativeBindings).Assembly);
}
