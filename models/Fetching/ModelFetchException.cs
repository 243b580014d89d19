namespace MediaCore.Models;

/// <summary>A model could not be fetched or installed (host unreachable, HTTP error, missing source file). The message says what to do.</summary>
public sealed class ModelFetchException : Exception
{
    public ModelFetchException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
