namespace MediaCore.Models;

public enum ModelFetchOutcome
{
    /// <summary>Downloaded (or resumed) and verified.</summary>
    Downloaded,
    /// <summary>Copied from a local folder and verified.</summary>
    Copied,
    /// <summary>The target already held the verified file; nothing was transferred.</summary>
    AlreadyPresent,
}

/// <summary>Where one model ended up and how.</summary>
public sealed record ModelFetchResult(ModelEntry Entry, string Path, ModelFetchOutcome Outcome);
