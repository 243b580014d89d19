using MediaCore.Media.Rtcp;

namespace MediaCore.Media.Tests.Rtcp;

/// <summary>One test per <see cref="RtcpParseError"/>: malformed input yields the named error, never an exception.</summary>
public sealed class RtcpErrorTests
{
    private static byte[] Sr() => (byte[])RtcpVectorTests.SenderReportWithOneBlock.Clone();

    private static RtcpParseError SrError(byte[] bytes)
    {
        Assert.False(RtcpSenderReport.TryParse(bytes, out _, out var error));
        return error;
    }

    [Fact]
    public void TruncatedHeaderIsTooShort() => Assert.Equal(RtcpParseError.TooShort, SrError([0x80, 0xC8, 0x00]));

    [Fact]
    public void SenderInfoMissingIsTooShort() => Assert.Equal(RtcpParseError.TooShort, SrError([0x80, 0xC8, 0x00, 0x01, 0, 0, 0, 1]));

    [Fact]
    public void VersionOtherThanTwoIsBadVersion()
    {
        var bytes = Sr();
        bytes[0] = 0x41;
        Assert.Equal(RtcpParseError.BadVersion, SrError(bytes));
    }

    [Fact]
    public void LengthThatLiesIsLengthOverrun()
    {
        var bytes = Sr();
        bytes[3] = 0x0D;                         // one word more than present
        Assert.Equal(RtcpParseError.LengthOverrun, SrError(bytes));
    }

    [Fact]
    public void TruncatedDatagramIsLengthOverrun() => Assert.Equal(RtcpParseError.LengthOverrun, SrError(Sr()[..^4]));

    [Fact]
    public void OtherPacketTypeIsWrongPacketType()
    {
        Assert.False(RtcpReceiverReport.TryParse(Sr(), out _, out var error));
        Assert.Equal(RtcpParseError.WrongPacketType, error);
    }

    [Fact]
    public void ReportCountBeyondTheLengthIsCountOverrun()
    {
        var bytes = Sr();
        bytes[0] = 0x82;                         // RC=2, one block present
        Assert.Equal(RtcpParseError.CountOverrun, SrError(bytes));
    }

    [Fact]
    public void PaddingLargerThanTheBodyIsPaddingTooLarge()
    {
        byte[] bytes = [0xA0, 0xC9, 0x00, 0x01, 0, 0, 0, 9];  // body 4 bytes, padding count 9
        Assert.False(RtcpReceiverReport.TryParse(bytes, out _, out var error));
        Assert.Equal(RtcpParseError.PaddingTooLarge, error);
    }

    [Fact]
    public void PaddingCountZeroIsZeroPaddingLength()
    {
        byte[] bytes = [0xA0, 0xC9, 0x00, 0x01, 0, 0, 0, 0];
        Assert.False(RtcpReceiverReport.TryParse(bytes, out _, out var error));
        Assert.Equal(RtcpParseError.ZeroPaddingLength, error);
    }

    [Fact]
    public void ByeReasonLengthThatLiesIsTextOverrun()
    {
        byte[] bytes = [0x81, 0xCB, 0x00, 0x02, 0, 0, 0, 1, 0x09, (byte)'b', (byte)'y', (byte)'e'];
        Assert.False(RtcpGoodbye.TryParse(bytes, out _, out var error));
        Assert.Equal(RtcpParseError.TextOverrun, error);
    }

    [Fact]
    public void ByeSourceCountBeyondTheLengthIsCountOverrun()
    {
        byte[] bytes = [0x83, 0xCB, 0x00, 0x01, 0, 0, 0, 1];
        Assert.False(RtcpGoodbye.TryParse(bytes, out _, out var error));
        Assert.Equal(RtcpParseError.CountOverrun, error);
    }

    [Fact]
    public void SdesItemRunningPastThePacketIsTextOverrun()
    {
        byte[] bytes = [0x81, 0xCA, 0x00, 0x02, 0, 0, 0, 1, 0x01, 0x20, (byte)'x', 0];
        Assert.False(RtcpSourceDescription.TryParse(bytes, out _, out var error));
        Assert.Equal(RtcpParseError.TextOverrun, error);
    }

    [Fact]
    public void PaddingOnANonFinalCompoundPacketIsPaddingNotLast()
    {
        byte[] paddedRr = [0xA0, 0xC9, 0x00, 0x01, 0, 0, 0, 4];
        byte[] compound = [.. paddedRr, .. RtcpVectorTests.ReceiverReportNegativeLoss];
        Assert.False(RtcpCompoundReader.Validate(compound, out _, out var error));
        Assert.Equal(RtcpParseError.PaddingNotLast, error);
    }

    [Fact]
    public void CompoundNotStartingWithAReportIsFirstPacketNotReport()
    {
        byte[] bye = [0x81, 0xCB, 0x00, 0x01, 0, 0, 0, 1];
        Assert.False(RtcpCompoundReader.Validate(bye, out _, out var error));
        Assert.Equal(RtcpParseError.FirstPacketNotReport, error);
        Assert.True(RtcpCompoundReader.Validate(bye, out _, out _, requireReportFirst: false));
    }

    [Fact]
    public void CompoundWithATruncatedSecondPacketStopsWithItsError()
    {
        byte[] compound = [.. RtcpVectorTests.ReceiverReportNegativeLoss, 0x81, 0xCB, 0x00, 0x05, 0, 0, 0, 1];
        var reader = new RtcpCompoundReader(compound);
        Assert.True(reader.TryReadNext(out _, out _));
        Assert.False(reader.TryReadNext(out _, out _));
        Assert.Equal(RtcpParseError.LengthOverrun, reader.Error);
    }
}
