namespace MediaCore.Models.Tests;

/// <summary>Finds the repo root and the shared test data (../shared beside the root, then $MEDIACORE_SHARED_DIR, then /work/shared).</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = MediaCore.Models.RepoRoot.Find()
        ?? throw new InvalidOperationException("MediaCore.sln not found above " + AppContext.BaseDirectory);

    public static string SharedDir { get; } = FindShared();

    public static string SharedModels => Path.Combine(SharedDir, "models");

    private static string FindShared()
    {
        var candidates = new[]
        {
            Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")),
            Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR"),
            "/work/shared",
        };
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && Directory.Exists(c))
            ?? throw new InvalidOperationException("shared test data not found: tried " + string.Join(", ", candidates));
    }
}
