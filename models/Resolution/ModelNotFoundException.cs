namespace MediaCore.Models;

/// <summary>A model file is in none of the folders the resolver searches. The message says where to put it.</summary>
public sealed class ModelNotFoundException : Exception
{
    public ModelNotFoundException(ModelEntry entry, IReadOnlyList<string> searched, string installFolder)
        : base(BuildMessage(entry, searched, installFolder))
    {
        ModelName = entry.Name;
        FileName = entry.File;
        SearchedFolders = searched;
        InstallFolder = installFolder;
    }

    public string ModelName { get; }
    public string FileName { get; }
    public IReadOnlyList<string> SearchedFolders { get; }
    /// <summary>Where the operator should put the file (the first folder searched).</summary>
    public string InstallFolder { get; }

    private static string BuildMessage(ModelEntry entry, IReadOnlyList<string> searched, string installFolder) =>
        $"model '{entry.Name}' not found: looked for {entry.File} in {string.Join(", ", searched)}; " +
        $"put {entry.File} in {installFolder} or run 'mediacore models fetch --only {entry.Name}'";
}
