namespace MediaCore.Models;

/// <summary>Where a model was found (or not): used by `mediacore models list`.</summary>
public sealed record ModelLocation(ModelEntry Entry, string? Path)
{
    public bool IsPresent => Path is not null;
}
