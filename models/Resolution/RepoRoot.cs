namespace MediaCore.Models;

/// <summary>Finds the MediaCore checkout: the nearest folder at or above a start folder that holds MediaCore.sln.</summary>
public static class RepoRoot
{
    public const string MarkerFile = "MediaCore.sln";

    /// <summary>Walks up from <paramref name="start"/> (default: AppContext.BaseDirectory); null when not inside a checkout.</summary>
    public static string? Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, MarkerFile)))
                return dir.FullName;
        return null;
    }
}
