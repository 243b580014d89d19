using System.Text.Json.Nodes;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Pipeline.Dialogs;

/// <summary>
/// One bot turn: display text (prices with ₹, times with digits; the speech normaliser makes them speakable), the
/// language it is in, the tool calls made this turn, the booking/intake state after the turn, and whether the call
/// should now be transferred or ended.
/// </summary>
public sealed record DialogReply(string Text, CallerLanguage Language, IReadOnlyList<ToolCall> ToolCalls, JsonObject State,
    HandoffRequest? Handoff = null, bool EndOfCall = false)
{
    public JsonObject ToJson() => new()
    {
        ["reply"] = Text,
        ["language"] = Language.Code(),
        ["tool_calls"] = new JsonArray(ToolCalls.Select(c => (JsonNode)c.ToJson()).ToArray()),
        ["state"] = State.DeepClone(),
        ["handoff"] = Handoff is null ? null : new JsonObject { ["reason"] = Handoff.Reason, ["target"] = Handoff.Target, ["callback"] = Handoff.Callback },
        ["end_of_call"] = EndOfCall,
    };
}
