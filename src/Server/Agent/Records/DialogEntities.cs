using System.Text.Json.Nodes;
using MediaCore.Pipeline.Records;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Server.Agent.Records;

/// <summary>
/// The entities a tenant dialog's tool calls produce: a confirmed reservation or appointment, an eligibility answer,
/// a callback request. The document is the tool's arguments and result; caller-number fields are dropped, because
/// numbers only ever travel sealed (<see cref="CallEntity.ContactNumber"/>), never inside the JSON.
/// </summary>
public static class DialogEntities
{
    private static readonly Dictionary<string, string> KindByTool = new(StringComparer.Ordinal)
    {
        ["create_reservation"] = EntityKinds.Reservation,
        ["create_appointment"] = EntityKinds.Appointment,
        ["check_eligibility"] = EntityKinds.Eligibility,
        ["request_callback"] = EntityKinds.Callback,
    };

    private static readonly string[] NumberFields = ["phone", "caller_number", "callback_number", "number", "mobile"];

    /// <summary>The entity kind of a successful tool call, or null when it produced nothing to keep.</summary>
    public static string? KindOf(ToolCall call) => call.Ok && KindByTool.TryGetValue(call.Name, out var kind) ? kind : null;

    public static JsonObject Document(ToolCall call) => new()
    {
        ["tool"] = call.Name,
        ["arguments"] = WithoutNumbers(call.Arguments),
        ["result"] = WithoutNumbers(call.Result),
    };

    /// <summary>One line for the call's summary, e.g. "reservation party_size=4 date=2026-11-25 time=20:30 name=asha".</summary>
    public static string Summary(string kind, ToolCall call) =>
        string.Join(' ', new[] { kind }.Concat(WithoutNumbers(call.Arguments).Select(p => $"{p.Key}={p.Value?.ToJsonString().Trim('"')}")));

    private static JsonObject WithoutNumbers(JsonObject source)
    {
        var copy = (JsonObject)source.DeepClone();
        foreach (var field in NumberFields)
            copy.Remove(field);
        return copy;
    }
}
