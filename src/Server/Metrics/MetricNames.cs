namespace MediaCore.Server.Metrics;

/// <summary>Prometheus data model rules: metric names [a-zA-Z_:][a-zA-Z0-9_:]*, label names [a-zA-Z_][a-zA-Z0-9_]*, "__" prefix reserved.</summary>
internal static class MetricNames
{
    public static void Validate(string name, IReadOnlyList<string> labelNames)
    {
        if (!IsValid(name, allowColon: true))
            throw new ArgumentException($"invalid metric name '{name}'");
        foreach (var label in labelNames)
            if (!IsValid(label, allowColon: false) || label.StartsWith("__", StringComparison.Ordinal) || label == "le")
                throw new ArgumentException($"invalid label name '{label}' for {name}");
        if (labelNames.Distinct().Count() != labelNames.Count)
            throw new ArgumentException($"duplicate label names for {name}");
    }

    private static bool IsValid(string name, bool allowColon)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
            return false;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || (allowColon && c == ':')))
                return false;
        return true;
    }
}
