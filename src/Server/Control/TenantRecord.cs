namespace MediaCore.Server.Control;

/// <summary>One tenant as the catalog stores it: identity, kind, the DIDs that route to it, and its configuration text.</summary>
public sealed record TenantRecord(string Id, string Name, string Kind, IReadOnlyList<string> Dids, string ConfigYaml);
