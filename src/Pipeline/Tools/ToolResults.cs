using System.Text.Json.Nodes;

namespace MediaCore.Pipeline.Tools;

public static class ToolResults
{
    public static JsonObject Ok(JsonObject? fields = null)
    {
        var result = new JsonObject { ["ok"] = true };
        if (fields is not null)
            foreach (var (key, value) in fields.ToArray())
            {
                fields.Remove(key);
                result[key] = value;
            }
        return result;
    }

    public static JsonObject Error(string error, string message, JsonObject? fields = null)
    {
        var result = new JsonObject { ["ok"] = false, ["error"] = error, ["message"] = message };
        if (fields is not null)
            foreach (var (key, value) in fields.ToArray())
            {
                fields.Remove(key);
                result[key] = value;
            }
        return result;
    }
}
