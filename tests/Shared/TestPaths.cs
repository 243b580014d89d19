namespace MediaCore.Tests;

/// <summary>Finds the repository root and the shared test data (<c>&lt;root&gt;/../shared</c>, then MEDIACORE_SHARED_DIR, then /work/shared).</summary>
/// <remarks>Linked into each test project that needs it (see tests/Shared/README.md).</remarks>
internal static class TestPaths
{
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No MediaCore.sln above {AppContext.BaseDirectory}.");
    }

    public static string SharedDir()
    {
        var sibling = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared"));
        if (Directory.Exists(sibling))
            return sibling;
        var configured = Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR");
        if (!string.IsNullOrWhiteSpace(configured) && Directory.Exists(configured))
            return configured;
        return "/work/shared";
    }

    public static string Audio(string fileName) => Path.Combine(SharedDir(), "audio", fileName);

    public static string SileroModel() => Path.Combine(SharedDir(), "models", "silero_vad_v5.onnx");
}
