namespace MediaCore.Pipeline.Tenants;

/// <summary>A dated special closure (festival, renovation) that overrides the weekly hours.</summary>
public sealed record Closure(DateOnly Date, string? Reason);
