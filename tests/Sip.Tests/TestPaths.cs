namespace MediaCore.Sip.Tests;

/// <summary>Finds the repository root and the shared test data folder (../shared, MEDIACORE_SHARED_DIR, /work/shared).</summary>
public static class TestPaths
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                    return dir.FullName;
            }
            throw new DirectoryNotFoundException("MediaCore.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SharedDir
    {
        get
        {
            string sibling = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            if (Directory.Exists(sibling))
                return sibling;
            string? fromEnvironment = Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR");
            if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
                return fromEnvironment;
            return "/work/shared";
        }
    }

    public static string Audio(string name) => Path.Combine(SharedDir, "audio", name);
}
