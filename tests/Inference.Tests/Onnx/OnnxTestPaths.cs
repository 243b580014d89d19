namespace MediaCore.Inference.Tests.Onnx;

/// <summary>Finds the repo root and the shared test data (<c>&lt;root&gt;/../shared</c>, $MEDIACORE_SHARED_DIR, /work/shared).</summary>
internal static class OnnxTestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string SharedDir { get; } = FindShared();

    public static string SileroModel => Path.Combine(SharedDir, "models", "silero_vad_v5.onnx");

    public static string Audio(string fileName) => Path.Combine(SharedDir, "audio", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("MediaCore.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindShared()
    {
        var sibling = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        if (Directory.Exists(sibling))
            return sibling;
        var configured = Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR");
        if (!string.IsNullOrWhiteSpace(configured) && Directory.Exists(configured))
            return configured;
        return "/work/shared";
    }
}
