namespace MediaCore.Bench.Tests;

/// <summary>
/// The real load runs (echo smoke, agent) take turns: each is CPU-bound real-time work on two cores, and running
/// them side by side would make one's calls miss the other's timing windows.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LoadRunsCollection
{
    public const string Name = "Load runs";
}
