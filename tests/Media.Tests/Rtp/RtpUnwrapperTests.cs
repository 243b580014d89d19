using MediaCore.Media.Rtp;

namespace MediaCore.Media.Tests.Rtp;

public sealed class RtpUnwrapperTests
{
    [Fact]
    public void SequenceContinuesAcrossTheWrap()
    {
        var unwrapper = new RtpSequenceUnwrapper();
        Assert.Equal(65534, unwrapper.Unwrap(65534));
        Assert.Equal(65535, unwrapper.Unwrap(65535));
        Assert.Equal(65536, unwrapper.Unwrap(0));
        Assert.Equal(65537, unwrapper.Unwrap(1));
    }

    [Fact]
    public void PacketReorderedAcrossTheWrapLandsInThePreviousCycle()
    {
        var unwrapper = new RtpSequenceUnwrapper();
        unwrapper.Unwrap(65530);
        Assert.Equal(65536 + 2, unwrapper.Unwrap(2));
        Assert.Equal(65535, unwrapper.Unwrap(65535));    // late, before the wrap
        Assert.Equal(65536 + 3, unwrapper.Unwrap(3));
        Assert.Equal(65536 + 3, unwrapper.Highest);
    }

    [Fact]
    public void ManyWrapsAccumulate()
    {
        var unwrapper = new RtpSequenceUnwrapper();
        long last = 0;
        for (long i = 100; i < 5 * 65536; i += 1000)
            last = unwrapper.Unwrap((ushort)i);
        Assert.Equal(100 + 1000L * ((5 * 65536 - 100 - 1) / 1000), last);
    }

    [Fact]
    public void TimestampContinuesAcrossTheWrapAndReorders()
    {
        var unwrapper = new RtpTimestampUnwrapper();
        Assert.Equal(uint.MaxValue - 159, unwrapper.Unwrap(uint.MaxValue - 159));
        Assert.Equal((1L << 32) + 160, unwrapper.Unwrap(160));
        Assert.Equal(1L << 32, unwrapper.Unwrap(0));
        Assert.Equal((1L << 32) + 160, unwrapper.Highest);
    }
}
