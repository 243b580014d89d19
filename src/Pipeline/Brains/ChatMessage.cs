namespace MediaCore.Pipeline.Brains;

/// <summary>One entry of the conversation history. Assistant text is what the caller actually heard.</summary>
public sealed record ChatMessage(ChatRole Role, string Content)
{
    /// <summary>Tool calls an assistant message made.</summary>
    public IReadOnlyList<ToolCall> ToolCalls { get; init; } = [];

    /// <summary>For <see cref="ChatRole.Tool"/> messages: the call this answers.</summary>
    public string? ToolCallId { get; init; }

    /// <summary>The bot was interrupted in this message (its content is cut where the caller stopped hearing it).</summary>
    public bool Interrupted { get; init; }
}
