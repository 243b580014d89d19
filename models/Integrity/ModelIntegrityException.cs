namespace MediaCore.Models;

/// <summary>A model file exists but is not the pinned one (wrong size or wrong hash). It must not be used.</summary>
public sealed class ModelIntegrityException : Exception
{
    public ModelIntegrityException(string modelName, string path, string message)
        : base(message)
    {
        ModelName = modelName;
        FilePath = path;
    }

    public string ModelName { get; }
    public string FilePath { get; }
}
