namespace MediaCore.Pipeline.Brains;

/// <summary>Everything one reply needs: the history so far (ending with the caller's turn), the prompt and the tools.</summary>
public sealed record BrainRequest(IReadOnlyList<ChatMessage> History, string SystemPrompt)
{
    public IReadOnlyList<ToolDefinition> Tools { get; init; } = [];

    /// <summary>Runs tool calls; without one, tool calls are answered with an error result.</summary>
    public IToolExecutor? ToolExecutor { get; init; }
}
