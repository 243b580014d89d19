namespace MediaCore.Pipeline.Tenants;

/// <summary>A bookable service (plumbing repair, consultation) with how long it takes; keywords route caller words to it.</summary>
public sealed record ServiceOffering(string Id, string Name, TimeSpan Duration, decimal? Price, IReadOnlyList<string> Keywords);
