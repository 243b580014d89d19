using System.Diagnostics;
using MediaCore.Media.Frames;
using Xunit.Abstractions;

namespace MediaCore.Media.Tests.Frames;

[CollectionDefinition(nameof(FrameClockAllocationTests), DisableParallelization = true)]
public sealed class FrameClockAllocationCollection;

/// <summary>
/// Runs alone and counts allocations process-wide, because the async wait resumes on other threads. The runtime's
/// background work (tiered JIT, the test runner's reporting) allocates now and then, so the quietest of a few rounds
/// counts; Task.Delay would cost a promise and a timer (well over 100 bytes) on every tick of every round.
/// </summary>
[Collection(nameof(FrameClockAllocationTests))]
public sealed class FrameClockAllocationTests(ITestOutputHelper output)
{
    private const int TicksPerRound = 40;
    private const int Rounds = 4;

    [Fact]
    public async Task SteadyAsyncPacingAllocatesNothing()
    {
        // Pace on the thread pool, away from xunit's synchronization context (which allocates on every post).
        var perRound = await Task.Run(PaceAsync);
        output.WriteLine($"bytes per round of {TicksPerRound} ticks: {string.Join(", ", perRound)}");
        Assert.True(perRound.Min() < 1024, $"{perRound.Min()} bytes over {TicksPerRound} ticks in the quietest round");
    }

    private static async Task<long[]> PaceAsync()
    {
        using var clock = new FrameClock(TimeSpan.FromMilliseconds(4), spinWindow: TimeSpan.FromMilliseconds(1));
        for (var i = 0; i < 20; i++)
            await clock.WaitNextAsync();
        var perRound = new long[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            clock.Start(); // a fresh origin, so the measured ticks really sleep rather than catch up
            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < TicksPerRound; i++)
                await clock.WaitNextAsync();
            perRound[round] = GC.GetTotalAllocatedBytes(precise: true) - before;
            Assert.True(Stopwatch.GetElapsedTime(clock.OriginTimestamp) >= TimeSpan.FromMilliseconds(4 * (TicksPerRound - 1)));
        }
        return perRound;
    }
}
