namespace MediaCore.Models;

/// <summary>What a fetch or install is doing now, for a progress line.</summary>
public enum ModelTransferStage
{
    Downloading,
    Copying,
    Verifying,
    Installed,
    AlreadyPresent,
    Retrying,
}

/// <summary>A progress report: <see cref="BytesDone"/> of <see cref="BytesTotal"/> for one model file.</summary>
public readonly record struct ModelTransferProgress(string ModelName, ModelTransferStage Stage, long BytesDone, long BytesTotal, string? Detail = null);
