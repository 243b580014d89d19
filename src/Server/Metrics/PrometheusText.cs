using System.Globalization;
using System.Text;

namespace MediaCore.Server.Metrics;

/// <summary>
/// Text exposition format 0.0.4: HELP text escapes '\' and newline; label values escape '\', '"' and newline;
/// values are Go-style floats with +Inf, -Inf and NaN spelled out.
/// </summary>
public static class PrometheusText
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    public static string EscapeHelp(string help) => help.Replace("\\", "\\\\").Replace("\n", "\\n");

    public static string EscapeLabelValue(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    public static string FormatValue(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    internal static void AppendLabels(StringBuilder output, IReadOnlyList<string> names, string[] values, string? extraName, string? extraValue)
    {
        if (names.Count == 0 && extraName is null)
            return;
        output.Append('{');
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
                output.Append(',');
            output.Append(names[i]).Append("=\"").Append(EscapeLabelValue(values[i])).Append('"');
        }
        if (extraName is not null)
            output.Append(names.Count > 0 ? "," : "").Append(extraName).Append("=\"").Append(extraValue).Append('"');
        output.Append('}');
    }
}
