using System.Diagnostics;
using MediaCore.Media.Frames;

namespace MediaCore.Media.Tests.Frames;

public sealed class FrameClockTests
{
    private static readonly long Period20Ms = Stopwatch.Frequency / 50;

    [Fact]
    public void DeadlinesStayOnTheOriginGridAfterALateTick()
    {
        using var clock = new FrameClock();
        var origin = clock.OriginTimestamp;
        var first = clock.WaitNext();
        Assert.Equal(0, first.Index);
        Assert.Equal(origin, first.DeadlineTimestamp);

        Thread.Sleep(70); // deliberately miss ~3 deadlines
        var late = clock.WaitNext();
        Assert.Equal(1, late.Index);
        Assert.Equal(origin + Period20Ms, late.DeadlineTimestamp);
        Assert.True(late.Lateness >= TimeSpan.FromMilliseconds(45), $"lateness {late.Lateness}");

        // Not origin + 1 tick + late + 20 ms: the grid did not move.
        Assert.Equal(origin + 2 * Period20Ms, clock.NextDeadline);
        var skipped = clock.SkipMissed();
        Assert.InRange(skipped, 1, 10);
        Assert.Equal(skipped, clock.MissedTicks);
        var resumed = clock.WaitNext();
        Assert.Equal(2 + skipped, resumed.Index);
        Assert.Equal(origin + resumed.Index * Period20Ms, resumed.DeadlineTimestamp);
        Assert.True(resumed.Lateness < TimeSpan.FromMilliseconds(20) + TimeSpan.FromMilliseconds(200), "generous bound");
    }

    [Fact]
    public async Task AsyncTicksAreSpacedByThePeriodWithoutDrift()
    {
        using var clock = new FrameClock();
        var origin = clock.OriginTimestamp;
        FrameTick tick = default;
        for (var i = 0; i < 10; i++)
        {
            tick = await clock.WaitNextAsync();
            Assert.Equal(i, tick.Index);
            Assert.Equal(origin + i * Period20Ms, tick.DeadlineTimestamp);
            Assert.True(Stopwatch.GetTimestamp() >= tick.DeadlineTimestamp, "never returns before the deadline");
        }
        Assert.True(Stopwatch.GetElapsedTime(origin) >= TimeSpan.FromMilliseconds(180));
    }

    [Fact]
    public void SkipMissedDropsOnlyWholePeriodsBehind()
    {
        var time = new ManualTime();
        using var clock = new FrameClock(timeProvider: time);
        time.Advance(TimeSpan.FromMilliseconds(95));
        Assert.Equal(4, clock.SkipMissed()); // ticks at 0, 20, 40, 60 ms are over a period stale
        var tick = clock.WaitNext();
        Assert.Equal(4, tick.Index);
        Assert.Equal(clock.OriginTimestamp + TimeSpan.FromMilliseconds(80).Ticks, tick.DeadlineTimestamp);
        Assert.Equal(TimeSpan.FromMilliseconds(15), tick.Lateness);
        Assert.Equal(0, clock.SkipMissed()); // tick 5 (100 ms) is only due in 5 ms
        Assert.Equal(4, clock.MissedTicks);
    }

    [Fact]
    public void DeadlinesAreExactForLargeTickCountsAndOddPeriods()
    {
        var time = new ManualTime();
        using var clock = new FrameClock(TimeSpan.FromTicks(200_001), timeProvider: time); // 20.0001 ms
        var n = 10_000_000L; // ~55 hours of frames: no accumulated rounding
        Assert.Equal(clock.OriginTimestamp + n * 200_001, clock.DeadlineOf(n));
    }

    [Fact]
    public async Task CancellationStopsTheWait()
    {
        using var clock = new FrameClock(TimeSpan.FromSeconds(30));
        clock.WaitNext(); // tick 0 is due immediately
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => clock.WaitNext(cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await clock.WaitNextAsync(cancelled.Token));
    }

    /// <summary>A clock that only moves when told: timestamps in 100 ns ticks.</summary>
    private sealed class ManualTime : TimeProvider
    {
        private long _now = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _now;

        public void Advance(TimeSpan by) => _now += by.Ticks;
    }
}
