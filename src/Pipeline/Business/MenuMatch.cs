using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Business;

/// <summary>Dishes matching a phrase; Exact when exactly one dish is unambiguously meant.</summary>
public sealed record MenuMatch(IReadOnlyList<MenuItem> Items, bool Exact);
