namespace MediaCore.Inference.Tests.Whisper;

/// <summary>Finds the repo root, the shared test data folder and (optional) real whisper weights.</summary>
internal static class WhisperTestPaths
{
    public const string ModelsDirEnvironmentVariable = "MEDIACORE_MODELS_DIR";
    public const string SharedDirEnvironmentVariable = "MEDIACORE_SHARED_DIR";

    private static readonly string[] RealModelNames = ["ggml-base.en.bin", "ggml-tiny.en.bin"];

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string SharedDir { get; } = FindSharedDir();

    public static string Audio(string file) => Path.Combine(SharedDir, "audio", file);

    public static string LoaderFixture(string file) => Path.Combine(SharedDir, "models", "loader-test-fixtures", file);

    public static string EnglishFixture => LoaderFixture("for-tests-ggml-tiny.en.bin");

    public static string MultilingualFixture => LoaderFixture("for-tests-ggml-tiny.bin");

    /// <summary>A real English whisper model (base.en preferred over tiny.en), or null when none is installed.</summary>
    public static string? FindRealModel()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable(ModelsDirEnvironmentVariable) is { Length: > 0 } configured)
            folders.Add(configured);
        folders.Add(Path.Combine(RepoRoot, "models", "cache"));
        return RealModelNames
            .SelectMany(name => folders.Select(folder => Path.Combine(folder, name)))
            .FirstOrDefault(path => File.Exists(path) && new FileInfo(path).Length > 10_000_000);
    }

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
        if (Environment.GetEnvironmentVariable(SharedDirEnvironmentVariable) is { Length: > 0 } configured && Directory.Exists(configured))
            return configured;
        return "/work/shared";
    }
}
