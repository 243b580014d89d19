namespace MediaCore.Models;

/// <summary>One download attempt failed in a way a retry (resuming from the .part file) may fix.</summary>
internal sealed class DownloadAttemptFailed : Exception
{
    public DownloadAttemptFailed(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
