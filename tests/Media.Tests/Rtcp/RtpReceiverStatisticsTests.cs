using MediaCore.Media.Rtcp;

namespace MediaCore.Media.Tests.Rtcp;

/// <summary>RFC 3550 A.1/A.3/A.8 receiver statistics on simulated 20 ms PCMU streams (8 kHz, 160 ticks a packet).</summary>
public sealed class RtpReceiverStatisticsTests
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(20);

    private static RtpReceiverStatistics Receive(ushort firstSeq, int count, Func<int, bool>? keep = null, Func<int, TimeSpan>? jitter = null, int minSequential = 0)
    {
        var stats = new RtpReceiverStatistics(0xCAFE, 8000, minSequential);
        for (int i = 0; i < count; i++)
        {
            if (keep is not null && !keep(i))
                continue;
            var arrival = Frame * i + (jitter?.Invoke(i) ?? TimeSpan.Zero);
            stats.OnPacket((ushort)(firstSeq + i), (uint)(1000 + 160 * i), arrival);
        }
        return stats;
    }

    [Fact]
    public void InOrderStreamHasNoLossAndNoJitter()
    {
        var stats = Receive(100, 500);
        var block = stats.CreateReportBlock(TimeSpan.FromSeconds(10));
        Assert.Equal(599u, block.ExtendedHighestSequence);
        Assert.Equal(0, block.CumulativeLost);
        Assert.Equal(0, block.FractionLost);
        Assert.Equal(0u, block.Jitter);
        Assert.Equal(0u, block.LastSenderReport);
        Assert.Equal(0u, block.DelaySinceLastSenderReport);
    }

    [Fact]
    public void TenLostOfHundredGivesCumulativeTenAndFraction25Of256()
    {
        var stats = Receive(0, 100, keep: i => i % 10 != 5);
        var block = stats.CreateReportBlock(TimeSpan.Zero);
        Assert.Equal(10, block.CumulativeLost);
        Assert.Equal(10 * 256 / 100, block.FractionLost);
    }

    [Fact]
    public void FractionLostCoversOnlyTheIntervalSinceTheLastReport()
    {
        var stats = new RtpReceiverStatistics(1, 8000, minSequential: 0);
        for (int i = 0; i < 100; i++)
        {
            if (i != 50)
                stats.OnPacket((ushort)i, (uint)(i * 160), Frame * i);
        }
        Assert.Equal(2, stats.CreateReportBlock(TimeSpan.Zero).FractionLost);   // 1/100 × 256
        for (int i = 100; i < 200; i++)
            stats.OnPacket((ushort)i, (uint)(i * 160), Frame * i);
        var second = stats.CreateReportBlock(TimeSpan.Zero);
        Assert.Equal(0, second.FractionLost);
        Assert.Equal(1, second.CumulativeLost);
    }

    [Fact]
    public void SequenceWrapCountsACycle()
    {
        var stats = Receive(65500, 100);
        Assert.Equal(65536u + 63u, stats.ExtendedHighestSequence);   // 65500 + 99 = 65599 = cycle 1, seq 63
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void DuplicatesMakeCumulativeLossNegative()
    {
        var stats = new RtpReceiverStatistics(1, 8000, minSequential: 0);
        for (int i = 0; i < 10; i++)
        {
            stats.OnPacket((ushort)i, (uint)(i * 160), Frame * i);
            if (i is 3 or 7)
                stats.OnPacket((ushort)i, (uint)(i * 160), Frame * i);
        }
        Assert.Equal(-2, stats.CreateReportBlock(TimeSpan.Zero).CumulativeLost);
    }

    [Fact]
    public void ProbationRejectsTheFirstPacketOfANewSource()
    {
        var stats = Receive(10, 5, minSequential: 2);
        Assert.Equal(1, stats.PacketsRejected);
        Assert.Equal(4, stats.PacketsReceived);
        Assert.Equal(0, stats.CumulativeLost);
    }

    [Fact]
    public void JumpIsRejectedOnceThenAcceptedAsARestart()
    {
        var stats = Receive(0, 10);
        Assert.False(stats.OnPacket(40000, 0, TimeSpan.FromSeconds(1)));
        Assert.True(stats.OnPacket(40001, 160, TimeSpan.FromSeconds(1.02)));
        Assert.Equal(40001u, stats.ExtendedHighestSequence);
    }

    [Fact]
    public void AlternatingFiveMillisecondDelayConvergesToFortyTicksOfJitter()
    {
        // Every other packet arrives 5 ms (40 ticks at 8 kHz) late: |D| = 40 for every packet after the first.
        var stats = Receive(0, 1000, jitter: i => i % 2 == 1 ? TimeSpan.FromMilliseconds(5) : TimeSpan.Zero);
        Assert.InRange(stats.Jitter, 38u, 40u);
    }

    [Fact]
    public void LsrAndDlsrComeFromTheLastSenderReport()
    {
        var stats = Receive(0, 10);
        stats.OnSenderReport(0xE94A5B60_80000000ul, TimeSpan.FromSeconds(10));
        var block = stats.CreateReportBlock(TimeSpan.FromSeconds(11.5));
        Assert.Equal(0x5B608000u, block.LastSenderReport);
        Assert.Equal((uint)(1.5 * 65536), block.DelaySinceLastSenderReport);
        // The sender, receiving this block 1.5 s + 80 ms after sending its SR, sees an 80 ms round trip.
        uint arrival = block.LastSenderReport + block.DelaySinceLastSenderReport + (uint)(0.080 * 65536);
        Assert.InRange(NtpTime.RoundTrip(arrival, block.LastSenderReport, block.DelaySinceLastSenderReport).TotalMilliseconds, 79.9, 80.1);
    }

    [Fact]
    public void NtpConversionKeepsTheFraction()
    {
        var time = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMilliseconds(500);
        ulong ntp = NtpTime.FromDateTime(time);
        Assert.Equal(0x80000000ul, ntp & 0xFFFFFFFF);
        Assert.Equal(3913056000ul, ntp >> 32);
    }
}
