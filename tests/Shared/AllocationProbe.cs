namespace MediaCore.Tests;

/// <summary>Measures what a piece of hot-path code allocates on the calling thread.</summary>
/// <remarks>
/// Why the fewest of several windows rather than one: the runtime itself sometimes allocates once on the calling
/// thread (tiered JIT call counting, on-stack replacement, a lazy static first touched under a CI stall). Code that
/// allocates per frame shows bytes in every window; the runtime's one-off shows in at most one.
/// Linked into each test project that needs it (see tests/Shared/README.md).
/// </remarks>
internal static class AllocationProbe
{
    public static long FewestBytes(Action window, int windows = 3)
    {
        window(); // warm-up: first-call JIT and lazy initialisation are not the frame path's cost
        long fewest = long.MaxValue;
        for (int i = 0; i < windows; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            window();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        return fewest;
    }
}
