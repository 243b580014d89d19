using System.Text.Json.Nodes;
using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Tools;

/// <summary>
/// The tools a tenant's calls may use, bound to one call's <see cref="ToolContext"/>. Both an LLM brain (via
/// <see cref="ToOpenAiTools"/> and <see cref="Invoke(string, JsonObject)"/>) and a rule dialog call through here, and every
/// call is recorded so a turn can report what it did.
/// </summary>
public sealed class ToolSet
{
    private readonly Dictionary<string, ITool> _tools;
    private readonly List<ToolCall> _calls = [];

    public ToolSet(ToolContext context)
    {
        Context = context;
        _tools = ForKind(context.Tenant.Kind).ToDictionary(t => t.Name);
    }

    public ToolContext Context { get; }
    public IReadOnlyCollection<ITool> Tools => _tools.Values;
    public IReadOnlyList<ToolCall> Calls => _calls;

    public static IReadOnlyList<ITool> ForKind(TenantKind kind) => kind switch
    {
        TenantKind.Restaurant => [.. RestaurantTools.All, .. CommonTools.All],
        TenantKind.Lender => [.. LenderTools.All, .. CommonTools.All],
        _ => [.. SchedulingTools.All, .. CommonTools.All],
    };

    /// <summary>The "tools" array of an OpenAI-compatible chat completion request.</summary>
    public JsonArray ToOpenAiTools() => new(_tools.Values.Select(t => (JsonNode)new JsonObject
    {
        ["type"] = "function",
        ["function"] = new JsonObject { ["name"] = t.Name, ["description"] = t.Description, ["parameters"] = t.Parameters.DeepClone() },
    }).ToArray());

    public ToolCall Invoke(string name, JsonObject arguments)
    {
        var result = _tools.TryGetValue(name, out var tool)
            ? tool.Execute(arguments, Context)
            : ToolResults.Error("unknown_tool", $"No tool named {name}.");
        var call = new ToolCall(name, arguments, result);
        _calls.Add(call);
        return call;
    }

    /// <summary>For an LLM's tool call: arguments arrive as a JSON string.</summary>
    public ToolCall Invoke(string name, string argumentsJson)
    {
        JsonObject args;
        try
        {
            args = JsonNode.Parse(argumentsJson) as JsonObject ?? new JsonObject();
        }
        catch (System.Text.Json.JsonException)
        {
            var bad = new ToolCall(name, new JsonObject(), ToolResults.Error("invalid_arguments", "Arguments are not a JSON object."));
            _calls.Add(bad);
            return bad;
        }
        return Invoke(name, args);
    }
}
