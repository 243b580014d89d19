using MediaCore.Media.Rtp;

namespace MediaCore.Media.Tests.Rtp;

/// <summary>One test per <see cref="RtpParseError"/>: malformed input yields the named error, never an exception.</summary>
public sealed class RtpPacketErrorTests
{
    private static RtpParseError Parse(byte[] bytes)
    {
        Assert.False(RtpPacket.TryParse(bytes, out _, out var error));
        return error;
    }

    private static byte[] Header(byte first, int extra = 0)
    {
        var bytes = new byte[12 + extra];
        bytes[0] = first;
        return bytes;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    public void TruncatedFixedHeaderIsTooShort(int length)
    {
        var bytes = new byte[length];
        if (length > 0)
            bytes[0] = 0x80;
        Assert.Equal(RtpParseError.TooShort, Parse(bytes));
    }

    [Theory]
    [InlineData(0x00)]
    [InlineData(0x40)]
    [InlineData(0xC0)]
    public void VersionOtherThanTwoIsBadVersion(byte first) =>
        Assert.Equal(RtpParseError.BadVersion, Parse(Header(first, 4)));

    [Fact]
    public void CsrcCountLargerThanTheDatagramIsCsrcOverrun() =>
        Assert.Equal(RtpParseError.CsrcOverrun, Parse(Header(0x83, 11)));  // CC=3 needs 12 bytes

    [Fact]
    public void MissingExtensionHeaderIsExtensionOverrun() =>
        Assert.Equal(RtpParseError.ExtensionOverrun, Parse(Header(0x90, 3)));

    [Fact]
    public void ExtensionLengthThatLiesIsExtensionOverrun()
    {
        var bytes = Header(0x90, 8);
        bytes[14] = 0x00; bytes[15] = 0x02;  // claims 2 words, 1 present
        Assert.Equal(RtpParseError.ExtensionOverrun, Parse(bytes));
    }

    [Fact]
    public void PaddingLargerThanPayloadIsPaddingTooLarge()
    {
        var bytes = Header(0xA0, 4);
        bytes[^1] = 5;                      // 5 padding octets, only 4 after the header
        Assert.Equal(RtpParseError.PaddingTooLarge, Parse(bytes));
    }

    [Fact]
    public void PaddingCountOfZeroIsZeroPaddingLength()
    {
        var bytes = Header(0xA0, 4);
        Assert.Equal(RtpParseError.ZeroPaddingLength, Parse(bytes));
    }

    [Fact]
    public void PaddingBitOnABareHeaderReadsTheSsrcAsTheCountAndFails()
    {
        var bytes = Header(0xA0);
        bytes[11] = 1;                       // last octet is inside the header: no room for padding
        Assert.Equal(RtpParseError.PaddingTooLarge, Parse(bytes));
    }

    [Fact]
    public void PaddingConsumingTheWholePayloadLeavesAnEmptyPayload()
    {
        var bytes = Header(0xA0, 4);
        bytes[^1] = 4;
        Assert.True(RtpPacket.TryParse(bytes, out var packet, out _));
        Assert.True(packet.Payload.IsEmpty);
        Assert.Equal(4, packet.PaddingLength);
    }
}
