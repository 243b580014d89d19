using System.Globalization;
using System.Text.Json;

namespace MediaCore.Server.Streams.Wire;

/// <summary>Lenient readers for <c>start</c> messages: providers send numbers as strings (Exotel) or numbers (Plivo).</summary>
public static class JsonFields
{
    public static string String(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                JsonValueKind.Number => value.GetRawText(),
                _ => string.Empty,
            }
            : string.Empty;

    public static int Int(JsonElement parent, string name, int fallback)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
            return fallback;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
            return number;
        return value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number)
            ? number : -1;
    }

    public static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value : default;

    /// <summary>Every string/number property of an object (custom parameters).</summary>
    public static void CopyProperties(JsonElement source, IDictionary<string, string> target)
    {
        if (source.ValueKind != JsonValueKind.Object)
            return;
        foreach (var property in source.EnumerateObject())
            if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                target[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
    }
}
