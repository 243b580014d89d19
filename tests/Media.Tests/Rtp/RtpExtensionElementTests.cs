using MediaCore.Media.Rtp;

namespace MediaCore.Media.Tests.Rtp;

/// <summary>RFC 8285 elements written, carried in an RTP packet and read back.</summary>
public sealed class RtpExtensionElementTests
{
    [Fact]
    public void OneByteElementsRoundTripThroughAPacket()
    {
        Span<byte> body = stackalloc byte[16];
        var writer = new RtpExtensionElementWriter(body);
        Assert.True(writer.TryAdd(1, [0x80 | 42]));          // RFC 6464 audio level: voice, −42 dBov
        Assert.True(writer.TryAdd(3, [1, 2, 3]));
        Assert.True(writer.Finish(out var extension));
        Assert.Equal(new byte[] { 0x10, 0xAA, 0x32, 1, 2, 3, 0, 0 }, extension.Data.ToArray());

        var bytes = new RtpPacket(new RtpHeader(0, 1, 2, 3), [9, 9], extension: extension).ToArray();
        Assert.True(RtpPacket.TryParse(bytes, out var packet, out _));
        Assert.True(packet.Extension.TryGetElement(1, out var level));
        Assert.Equal(0x80 | 42, level[0]);
        Assert.True(packet.Extension.TryGetElement(3, out var three));
        Assert.Equal(new byte[] { 1, 2, 3 }, three.ToArray());
    }

    [Fact]
    public void TwoByteElementsAllowEmptyAndLongValues()
    {
        var body = new byte[300];
        var value = new byte[200];
        new Random(1).NextBytes(value);
        var writer = new RtpExtensionElementWriter(body, twoByte: true);
        Assert.True(writer.TryAdd(200, value));
        Assert.True(writer.TryAdd(7, []));
        Assert.True(writer.Finish(out var extension));
        Assert.True(extension.IsTwoByte);
        Assert.Equal(0, extension.Data.Length % 4);
        Assert.True(extension.TryGetElement(200, out var read));
        Assert.Equal(value, read.ToArray());
        Assert.True(extension.TryGetElement(7, out var empty));
        Assert.True(empty.IsEmpty);
    }

    [Theory]
    [InlineData(0, 1)]    // ID 0 is padding
    [InlineData(15, 1)]   // ID 15 is reserved (stop)
    [InlineData(1, 0)]    // one-byte form cannot carry zero bytes
    [InlineData(1, 17)]   // nor more than 16
    public void OneByteFormRejectsWhatItCannotEncode(byte id, int length)
    {
        var writer = new RtpExtensionElementWriter(new byte[64]);
        Assert.False(writer.TryAdd(id, new byte[length]));
        Assert.Equal(0, writer.Length);
    }

    [Fact]
    public void FullSpanIsReportedNotOverrun()
    {
        var writer = new RtpExtensionElementWriter(new byte[4]);
        Assert.True(writer.TryAdd(1, [1, 2]));
        Assert.False(writer.TryAdd(2, [1, 2]));
        Assert.True(writer.Finish(out var extension));
        Assert.Equal(4, extension.Data.Length);
    }
}
