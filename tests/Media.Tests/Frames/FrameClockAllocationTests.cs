using MediaCore.Media.Frames;
using Xunit.Abstractions;

namespace MediaCore.Media.Tests.Frames;

[CollectionDefinition(nameof(FrameClockAllocationTests), DisableParallelization = true)]
public sealed class FrameClockAllocationCollection;

/// <summary>Runs alone: it counts allocations process-wide, because the async wait resumes on other threads.</summary>
[Collection(nameof(FrameClockAllocationTests))]
public sealed class FrameClockAllocationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SteadyAsyncPacingAllocatesNothing()
    {
        using var clock = new FrameClock(TimeSpan.FromMilliseconds(4), spinWindow: TimeSpan.FromMilliseconds(1));
        for (var i = 0; i < 20; i++)
            await clock.WaitNextAsync();
        clock.Start(); // a fresh origin, so the measured ticks really sleep rather than catch up after warm-up
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < 50; i++)
            await clock.WaitNextAsync();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(clock.OriginTimestamp) >= TimeSpan.FromMilliseconds(4 * 49));
        output.WriteLine($"{allocated} bytes allocated over 50 ticks");
        // The runtime's own background work (tiering, timers) may allocate a little; Task.Delay alone would cost
        // well over 100 bytes per tick (~5 KB here).
        Assert.True(allocated < 2048, $"{allocated} bytes over 50 ticks");
    }
}
