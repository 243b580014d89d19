using MediaCore.Media.Jitter;
using Xunit.Abstractions;

namespace MediaCore.Media.Tests.Jitter;

/// <summary>60 s of simulated calls: continuity (one output per tick, no gaps beyond the loss) and delay bounds.</summary>
public sealed class AdaptiveJitterBufferSimulationTests(ITestOutputHelper output)
{
    private static readonly JitterBufferOptions Options = new()
    {
        MinDelay = TimeSpan.FromMilliseconds(40),
        MaxDelay = TimeSpan.FromMilliseconds(200),
    };

    private NetworkSimulation.Result Run(NetworkSimulation simulation)
    {
        var result = simulation.Run(new AdaptiveJitterBuffer(Options));
        output.WriteLine($"{result.Final} underflow={result.Count(JitterFrameKind.Underflow)} networkLost={result.NetworkLost} avgDelay={result.DelayPerTick.Skip(result.Ticks / 2).Average(d => d.TotalMilliseconds):F1}ms");
        AssertContinuity(result);
        AssertDelayBounds(result);
        return result;
    }

    /// <summary>Exactly one output per tick; audio in strictly increasing order; every index accounted for once.</summary>
    private static void AssertContinuity(NetworkSimulation.Result result)
    {
        Assert.Equal(result.Ticks, result.Kinds.Values.Sum());
        Assert.NotEmpty(result.Played);
        for (int i = 1; i < result.Played.Count; i++)
            Assert.True(result.Played[i] > result.Played[i - 1], $"out of order at {i}: {result.Played[i - 1]} then {result.Played[i]}");
        int first = result.Played[0];
        int last = result.Played[^1];
        long accounted = result.Played.Count + result.Final.Lost + result.Final.Discarded;
        Assert.InRange(accounted, last - first + 1, last - first + 2);   // +1: a trailing hole may be reported lost after the last audio
        Assert.True(result.Final.Lost <= result.NetworkLost + result.Final.Late, $"lost {result.Final.Lost} > network {result.NetworkLost} + late {result.Final.Late}");
    }

    private static void AssertDelayBounds(NetworkSimulation.Result result)
    {
        Assert.All(result.TargetPerTick, t => Assert.InRange(t, Options.MinDelay, Options.MaxDelay));
        Assert.All(result.DelayPerTick, d => Assert.True(d <= Options.MaxDelay, $"delay {d} over max"));
        // Packets arrive asynchronously to ticks, so the instantaneous span may sit one frame under the target.
        var settled = result.DelayPerTick.Skip(result.Ticks / 2).ToList();
        var floor = Options.MinDelay - NetworkSimulation.Frame;
        double withinBounds = settled.Count(d => d >= floor && d <= Options.MaxDelay) / (double)settled.Count;
        Assert.True(withinBounds >= 0.95, $"only {withinBounds:P0} of settled ticks within [min - 1 frame, max]");
        double atOrAboveMin = settled.Count(d => d >= Options.MinDelay) / (double)settled.Count;
        Assert.True(atOrAboveMin >= 0.5, $"only {atOrAboveMin:P0} of settled ticks at or above the minimum delay");
    }

    [Fact]
    public void CleanNetworkPlaysEverythingAtTheMinimumDelay()
    {
        var result = Run(new NetworkSimulation());
        Assert.Equal(0, result.Final.Lost);
        Assert.Equal(0, result.Final.Late);
        Assert.Equal(0, result.Count(JitterFrameKind.Underflow));
        Assert.Equal(Options.MinDelay, result.Final.TargetDelay);
        Assert.Equal(result.Played.Count, result.Played[^1] - result.Played[0] + 1);
    }

    [Fact]
    public void FivePercentRandomLossIsConcealedOnlyWhereLost()
    {
        var result = Run(new NetworkSimulation { LossRate = 0.05, Seed = 5 });
        Assert.InRange(result.NetworkLost, 100, 200);
        Assert.Equal(0, result.Final.Late);
        Assert.InRange(result.Final.Lost, result.NetworkLost - 5, result.NetworkLost);  // a few at the very end are not yet due
        // Each lost packet is concealed exactly once: as a Lost frame, or as an underflow frame when its successor was lost too.
        Assert.Equal(result.Final.Lost, result.LostReported.Count + result.Count(JitterFrameKind.Underflow));
    }

    [Fact]
    public void BurstLossOfTwelvePacketsIsTwelveConsecutiveLostFrames()
    {
        var result = Run(new NetworkSimulation { BurstStart = 500, BurstLength = 12 });
        Assert.Equal(12, result.Final.Lost);
        // The burst is concealed once: underflow frames while nothing arrives, then Lost for holes still due.
        Assert.Equal(12, result.Count(JitterFrameKind.Underflow) + result.LostReported.Count);
        int firstAfterBurst = result.Played.IndexOf(512);
        Assert.Equal(499, result.Played[firstAfterBurst - 1]);
    }

    [Fact]
    public void JitterOfSixtyMillisecondsRaisesTheTargetAndReordersWithoutLoss()
    {
        var result = Run(new NetworkSimulation { JitterMilliseconds = 60, Seed = 60 });
        Assert.True(result.Final.TargetDelay > Options.MinDelay, $"target stayed at {result.Final.TargetDelay}");
        Assert.True(result.Final.JitterEstimate > TimeSpan.FromMilliseconds(5));
        Assert.True(result.Final.Late < 30, $"{result.Final.Late} late packets of ~3000");
    }

    [Fact]
    public void SenderClockOnePercentFastIsAbsorbedByDiscards()
    {
        var result = Run(new NetworkSimulation { SkewPercent = +1, JitterMilliseconds = 10, Seed = 101 });
        Assert.InRange(result.Final.Discarded, 15, 60);          // ~30 extra frames in 60 s
        Assert.Equal(0, result.Final.Lost);
        Assert.True(result.DelayPerTick[^1] <= Options.MaxDelay);
        Assert.True(result.DelayPerTick.TakeLast(500).Max() <= result.Final.TargetDelay + TimeSpan.FromMilliseconds(60));
    }

    [Fact]
    public void SenderClockOnePercentSlowIsAbsorbedByInsertions()
    {
        var result = Run(new NetworkSimulation { SkewPercent = -1, JitterMilliseconds = 10, Seed = 99 });
        int concealed = result.Count(JitterFrameKind.Underflow);
        Assert.InRange(concealed, 15, 60);                       // ~30 frames the sender never made
        Assert.Equal(0, result.Final.Lost);
        Assert.True(result.DelayPerTick.TakeLast(500).Min() >= TimeSpan.FromMilliseconds(20));
    }

    [Fact]
    public void DuplicatesAreDroppedAndCounted()
    {
        var result = Run(new NetworkSimulation { DuplicateRate = 0.1, Seed = 7 });
        Assert.InRange(result.Final.Duplicates + result.Final.Late, result.Duplicated - 3, result.Duplicated);
        Assert.Equal(0, result.Final.Lost);
    }

    [Fact]
    public void SequenceWrapIsSeamless()
    {
        var result = Run(new NetworkSimulation { FirstSequence = 65000, Seconds = 20, JitterMilliseconds = 20, Seed = 3 });
        Assert.Equal(0, result.Final.Lost);
        Assert.Equal(0, result.Final.Resyncs);
        Assert.True(result.Played[^1] > 536, "played across the 16-bit wrap");
    }

    [Fact]
    public void EverythingTogetherStaysBounded()
    {
        var result = Run(new NetworkSimulation { LossRate = 0.05, BurstStart = 1000, BurstLength = 8, JitterMilliseconds = 40, DuplicateRate = 0.02, SkewPercent = 0.5, FirstSequence = 64000, Seed = 2024 });
        Assert.Equal(0, result.Final.Resyncs);
    }
}
