namespace MediaCore.Server.Tests;

/// <summary>Finds the repo root and the shared test data: &lt;root&gt;/../shared, then $MEDIACORE_SHARED_DIR, then /work/shared.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDir { get; } = FindSharedDir();

    public static string Audio(string file) => Path.Combine(SharedDir, "audio", file);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("MediaCore.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindSharedDir()
    {
        var sibling = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
        if (Directory.Exists(sibling))
            return sibling;
        if (Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR") is { Length: > 0 } configured && Directory.Exists(configured))
            return configured;
        return "/work/shared";
    }
}
