namespace MediaCore.Server.Tests.TenantCalls;

/// <summary>
/// The full-audio tenant calls: each one runs PocketSphinx, Silero, two flite voices and 20 ms pacers on both SIP
/// ends, so they run one at a time (and after the parallel collections) to stay off each other's CPU on 2 cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TenantCallCollection : ICollectionFixture<TenantCallEngines>
{
    public const string Name = "TenantCalls";
}
