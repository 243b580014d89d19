namespace MediaCore.Pipeline.Tools;

/// <summary>A required argument is missing or malformed; turned into an error result, never thrown to the caller.</summary>
public sealed class ToolArgumentException(string message) : Exception(message);
