using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MediaCore.Bench.Load.Charts;

namespace MediaCore.Bench.Load.Reporting;

/// <summary>Writes report.json, summary.md and the PNG charts into one results folder.</summary>
public static class ResultsWriter
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(), new IpEndPointConverter() },
    };

    public static string DefaultDirectory(string root) =>
        Path.Combine(root, "results", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));

    public static LoadReport Write(LoadReport report, string directory)
    {
        Directory.CreateDirectory(directory);
        var charts = new List<string>();
        foreach (var (name, png) in ChartSet.Render(report))
        {
            File.WriteAllBytes(Path.Combine(directory, name), png);
            charts.Add(name);
        }
        report = report with { Charts = charts };
        File.WriteAllText(Path.Combine(directory, "report.json"), JsonSerializer.Serialize(report, Json));
        File.WriteAllText(Path.Combine(directory, "summary.md"), MarkdownSummary.Render(report));
        return report;
    }

    private sealed class IpEndPointConverter : JsonConverter<System.Net.IPEndPoint>
    {
        public override System.Net.IPEndPoint? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            System.Net.IPEndPoint.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, System.Net.IPEndPoint value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
