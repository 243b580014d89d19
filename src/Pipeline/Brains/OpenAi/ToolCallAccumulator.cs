using System.Text;
using System.Text.Json;

namespace MediaCore.Pipeline.Brains.OpenAi;

/// <summary>Joins streamed <c>tool_calls</c> deltas by index: the id and name arrive once, the arguments in pieces.</summary>
internal sealed class ToolCallAccumulator
{
    private readonly SortedDictionary<int, (string Id, string Name, StringBuilder Arguments)> _calls = [];

    public bool HasCalls => _calls.Count > 0;

    public void Add(JsonElement toolCallsDelta)
    {
        foreach (var delta in toolCallsDelta.EnumerateArray())
        {
            int index = delta.TryGetProperty("index", out var i) ? i.GetInt32() : _calls.Count;
            var call = _calls.TryGetValue(index, out var existing) ? existing : (string.Empty, string.Empty, new StringBuilder());
            if (delta.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
                call.Item1 = id.GetString()!;
            if (delta.TryGetProperty("function", out var function))
            {
                if (function.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String)
                    call.Item2 += name.GetString();
                if (function.TryGetProperty("arguments", out var arguments) && arguments.ValueKind == JsonValueKind.String)
                    call.Item3.Append(arguments.GetString());
            }
            _calls[index] = call;
        }
    }

    public List<ToolCall> Build() =>
        _calls.Select(c => new ToolCall(c.Value.Id.Length > 0 ? c.Value.Id : $"call_{c.Key}", c.Value.Name,
            c.Value.Arguments.Length > 0 ? c.Value.Arguments.ToString() : "{}")).ToList();
}
