namespace MediaCore.Server.Tests;

/// <summary>Finds the repository root (the folder holding MediaCore.sln) from the test's output folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("MediaCore.sln not found above " + AppContext.BaseDirectory);
    }
}
