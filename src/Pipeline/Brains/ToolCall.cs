namespace MediaCore.Pipeline.Brains;

/// <summary>A function call the brain asked for; <see cref="ArgumentsJson"/> is the JSON object text.</summary>
public sealed record ToolCall(string Id, string Name, string ArgumentsJson);
