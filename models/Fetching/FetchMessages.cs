namespace MediaCore.Models;

/// <summary>The operator-facing wording of fetch failures, in one place so the CLI and tests agree.</summary>
internal static class FetchMessages
{
    public static string Unreachable(string url, string reason)
    {
        var host = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
        return $"could not reach {host}: {reason}; on an offline machine use --from DIR (copy the model files from a machine with internet)";
    }

    /// <summary>The most specific message in an exception chain ("Connection refused" rather than "An error occurred").</summary>
    public static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }
}
