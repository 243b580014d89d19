namespace MediaCore.Media.Native;

/// <summary>A native library is missing; the message is one sentence naming the file and the setup command.</summary>
public sealed class NativeLibraryNotFoundException(string fileName, IReadOnlyList<string> searched)
    : DllNotFoundException(
        $"Native library '{fileName}' was not found (looked in {string.Join(", ", searched)}); run 'sudo scripts/setup' from the MediaCore folder to install it.")
{
    public string FileName { get; } = fileName;
}
