namespace MediaCore.Server.Streams.Wire;

/// <summary>Builds a call's custom parameters and picks from/to out of them when the start message lacks them.</summary>
public static class CustomParameters
{
    public static Dictionary<string, string> From(IReadOnlyDictionary<string, string> query)
    {
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query)
            if (!IsSecret(key))
                parameters[key] = value;
        return parameters;
    }

    /// <summary>Parses Plivo's extraHeaders text ("a=1;b=2" or "a=1,b=2") into <paramref name="target"/>.</summary>
    public static void AddPairs(string text, IDictionary<string, string> target)
    {
        foreach (var pair in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals > 0)
                target[pair[..equals].Trim()] = pair[(equals + 1)..].Trim();
        }
    }

    public static string Pick(string fromMessage, IReadOnlyDictionary<string, string> parameters, params ReadOnlySpan<string> keys)
    {
        if (fromMessage.Length > 0)
            return fromMessage;
        foreach (var key in keys)
            if (parameters.TryGetValue(key, out var value) && value.Length > 0)
                return value;
        return string.Empty;
    }

    // The auth token travels in the query for providers that cannot set headers; it must not reach handlers or logs.
    private static bool IsSecret(string key) => string.Equals(key, "token", StringComparison.OrdinalIgnoreCase);
}
