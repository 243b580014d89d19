namespace MediaCore.Server.Browser;

/// <summary>What the demo page lists for one tenant: its id, display name, kind (restaurant, clinic…) and languages.</summary>
public sealed record TenantSummary(string Id, string Name, string Kind, IReadOnlyList<string> Languages);
