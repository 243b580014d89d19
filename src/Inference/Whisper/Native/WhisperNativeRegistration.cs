using System.Runtime.CompilerServices;
using MediaCore.Media.Native;

namespace MediaCore.Inference.Whisper.Native;

/// <summary>
/// Installs the shared native resolver for this assembly. <see cref="NativeLibraryResolver.Register"/> is idempotent,
/// so this coexists with any other binding's initializer in MediaCore.Inference (the coordinator may fold them into one
/// NativeBindings.cs).
/// </summary>
internal static class WhisperNativeRegistration
{
    // CA2255 warns library authors off module initializers; this one only registers a DllImport resolver (by design).
#pragma warning disable CA2255
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Init() => NativeLibraryResolver.Register(typeof(WhisperNativeRegistration).Assembly);
}
