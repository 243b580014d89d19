using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Tools;

namespace MediaCore.Server.Agent;

/// <summary>
/// A tenant's <see cref="ToolSet"/> (bound to one call) as an LLM brain's tools: the function definitions for the
/// request and the executor that runs the model's calls against the tenant's menu, bookings and calendar.
/// </summary>
public sealed class ToolSetExecutor(ToolSet tools) : IToolExecutor
{
    /// <summary>The tools as chat-completions function definitions.</summary>
    public IReadOnlyList<ToolDefinition> Definitions { get; } =
        tools.Tools.Select(t => new ToolDefinition(t.Name, t.Description, t.Parameters.ToJsonString())).ToArray();

    public ValueTask<string> ExecuteAsync(MediaCore.Pipeline.Brains.ToolCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        // One call's tool calls run one after another (the brain awaits each), so the ToolSet needs no lock.
        var executed = tools.Invoke(call.Name, call.ArgumentsJson);
        return ValueTask.FromResult(executed.Result.ToJsonString());
    }
}
