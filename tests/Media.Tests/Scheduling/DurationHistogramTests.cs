using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Tests.Scheduling;

public sealed class DurationHistogramTests
{
    [Fact]
    public void Percentiles_come_from_the_recorded_distribution()
    {
        var histogram = new DurationHistogram();
        for (int i = 1; i <= 100; i++)
            histogram.Record(TimeSpan.FromMilliseconds(i * 0.1));   // 0.1 … 10 ms
        var summary = histogram.Summarize();
        Assert.Equal(100, summary.Count);
        Assert.InRange(summary.P50.TotalMilliseconds, 4.9, 5.2);
        Assert.InRange(summary.P99.TotalMilliseconds, 9.8, 10.1);
        Assert.Equal(10.0, summary.Max.TotalMilliseconds, 3);
        Assert.InRange(summary.Mean.TotalMilliseconds, 5.0, 5.1);
    }

    [Fact]
    public void Overflow_and_negative_values_are_clamped()
    {
        var histogram = new DurationHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(-3));
        histogram.Record(TimeSpan.FromSeconds(2));
        Assert.True(histogram.Percentile(50) <= DurationHistogram.BucketWidth);
        Assert.Equal(TimeSpan.FromSeconds(2), histogram.Percentile(100));
        Assert.Equal(TimeSpan.Zero, new DurationHistogram().Percentile(99));
    }

    [Fact]
    public void Recording_allocates_nothing()
    {
        var histogram = new DurationHistogram();
        histogram.Record(TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (int i = 0; i < 10_000; i++)
                histogram.Record(TimeSpan.FromTicks(i * 37));
        }));
    }
}
