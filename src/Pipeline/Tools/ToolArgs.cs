using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaCore.Pipeline.Tools;

/// <summary>Typed access to a tool's JSON arguments, tolerant of what LLMs send ("6" for 6, "true" for true).</summary>
public sealed class ToolArgs(JsonObject json)
{
    public JsonObject Json { get; } = json;

    public string? String(string name) => Json[name] switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() is { Length: > 0 } s ? s.Trim() : null,
        JsonValue v => v.ToJsonString(),
        _ => throw new ToolArgumentException($"{name} must be a value"),
    };

    public string RequiredString(string name) => String(name) ?? throw new ToolArgumentException($"{name} is required");

    public decimal? Number(string name) => String(name) is { } s
        ? decimal.TryParse(s.Replace(",", "", StringComparison.Ordinal).TrimStart('₹'), NumberStyles.Number, CultureInfo.InvariantCulture, out var v)
            ? v : throw new ToolArgumentException($"{name} must be a number")
        : null;

    public int? Int(string name) => Number(name) is { } d
        ? d == decimal.Truncate(d) ? (int)d : throw new ToolArgumentException($"{name} must be a whole number")
        : null;

    public int RequiredInt(string name) => Int(name) ?? throw new ToolArgumentException($"{name} is required");

    public bool? Bool(string name) => String(name)?.ToLowerInvariant() switch
    {
        null => null,
        "true" or "yes" => true,
        "false" or "no" => false,
        _ => throw new ToolArgumentException($"{name} must be true or false"),
    };

    public DateOnly? Date(string name) => String(name) is { } s
        ? DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new ToolArgumentException($"{name} must be a date yyyy-MM-dd")
        : null;

    public DateOnly RequiredDate(string name) => Date(name) ?? throw new ToolArgumentException($"{name} is required");

    public TimeOnly? Time(string name) => String(name) is { } s
        ? TimeOnly.TryParseExact(s, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw new ToolArgumentException($"{name} must be a time HH:mm (24-hour)")
        : null;

    public TimeOnly RequiredTime(string name) => Time(name) ?? throw new ToolArgumentException($"{name} is required");

    /// <summary>A local date-time "yyyy-MM-ddTHH:mm" in the tenant's zone.</summary>
    public DateTime? LocalDateTime(string name) => String(name) is { } s
        ? DateTime.TryParseExact(s, ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t : throw new ToolArgumentException($"{name} must be a local date-time yyyy-MM-ddTHH:mm")
        : null;
}
