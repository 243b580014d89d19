using System.Text.Json.Nodes;

namespace MediaCore.Pipeline.Tools;

/// <summary>A tool defined by its metadata and a function; the tool catalogues build every tool this way.</summary>
public sealed class DelegateTool(string name, string description, string parametersJson, Func<ToolArgs, ToolContext, JsonObject> run) : ITool
{
    public string Name { get; } = name;
    public string Description { get; } = description;
    public JsonObject Parameters { get; } = (JsonObject)JsonNode.Parse(parametersJson)!;

    public JsonObject Execute(JsonObject arguments, ToolContext context)
    {
        var args = new ToolArgs(arguments);
        try
        {
            return run(args, context);
        }
        catch (ToolArgumentException e)
        {
            return ToolResults.Error("invalid_arguments", e.Message);
        }
    }
}
