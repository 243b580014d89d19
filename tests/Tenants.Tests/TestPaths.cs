namespace MediaCore.Tenants.Tests;

/// <summary>Finds the repository root (the folder holding MediaCore.sln) and the sample tenants.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    public static string SamplesDir => Path.Combine(RepoRoot, "samples", "tenants");

    public static string Sample(string id) => Path.Combine(SamplesDir, id + ".yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln"))) return dir.FullName;
        throw new InvalidOperationException("MediaCore.sln not found above " + AppContext.BaseDirectory);
    }
}
