namespace MediaCore.Pipeline.Tenants;

/// <summary>One field an LLM must extract for a task (e.g. reservation.party_size: integer, required).</summary>
public sealed record ExtractionField(string Name, string Type, bool Required, string? Description)
{
    public static readonly IReadOnlyList<string> Types = ["string", "integer", "number", "boolean", "date", "time", "phone"];
}
