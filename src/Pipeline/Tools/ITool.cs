using System.Text.Json.Nodes;

namespace MediaCore.Pipeline.Tools;

/// <summary>
/// A business action usable by LLM function calling (name, description, JSON-schema parameters) and by the rule
/// dialogs alike. Execute never throws on bad arguments: it returns {"ok": false, "error": ...} for the model to read.
/// </summary>
public interface ITool
{
    string Name { get; }
    string Description { get; }
    JsonObject Parameters { get; }

    JsonObject Execute(JsonObject arguments, ToolContext context);
}
