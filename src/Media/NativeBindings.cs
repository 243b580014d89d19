using System.Runtime.CompilerServices;
using MediaCore.Media.Native;

namespace MediaCore.Media;

/// <summary>Installs the shared native resolver for this assembly's imports (opus) before any of them runs.</summary>
internal static class NativeBindings
{
    // A library module initializer is exactly the intended use here: imports must never run before the resolver is set.
#pragma warning disable CA2255
    [ModuleInitializer]
    internal static void Init() => NativeLibraryResolver.Register(typeof(NativeBindings).Assembly);
#pragma warning restore CA2255
}
