using System.Text.Json.Nodes;

namespace MediaCore.Pipeline.Tools;

/// <summary>One executed tool call: what was asked and what came back.</summary>
public sealed record ToolCall(string Name, JsonObject Arguments, JsonObject Result)
{
    public bool Ok => Result["ok"]?.GetValue<bool>() == true;

    public JsonObject ToJson() => new() { ["name"] = Name, ["arguments"] = Arguments.DeepClone(), ["result"] = Result.DeepClone() };
}
