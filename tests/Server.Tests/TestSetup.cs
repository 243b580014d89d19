using System.Runtime.CompilerServices;

namespace MediaCore.Server.Tests;

internal static class TestSetup
{
    // Several Kestrel servers, clients and 20 ms pacers run at once on a 2-core CI box; without a few warm pool
    // threads the pool's slow thread injection shows up as 0.5 s stalls in the pacing measurements.
    [ModuleInitializer]
    internal static void Init() => ThreadPool.SetMinThreads(Math.Max(16, Environment.ProcessorCount * 4), 16);
}
