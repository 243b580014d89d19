namespace MediaCore.Pipeline.Brains;

/// <summary>What a brain streams while replying.</summary>
public abstract record BrainEvent;

/// <summary>Reply text as it is produced (a token or a few).</summary>
public sealed record BrainTextDelta(string Text) : BrainEvent;

/// <summary>A tool call was made and answered (already executed through the request's executor).</summary>
public sealed record BrainToolCall(ToolCall Call, string Result) : BrainEvent;

/// <summary>The brain failed; any text it streams afterwards is its spoken fallback.</summary>
public sealed record BrainFailure(string Reason) : BrainEvent;
