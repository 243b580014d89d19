namespace MediaCore.Pipeline.Brains;

/// <summary>A function the brain may call; <see cref="ParametersJsonSchema"/> is a JSON-schema object text.</summary>
public sealed record ToolDefinition(string Name, string Description, string ParametersJsonSchema = """{"type":"object","properties":{}}""");
