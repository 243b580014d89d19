using MediaCore.Media.Rtcp;

namespace MediaCore.Media.Tests.Rtcp;

/// <summary>RTCP packets written byte by byte from RFC 3550 §6.4/§6.5/§6.6: bytes → value → same bytes.</summary>
public sealed class RtcpVectorTests
{
    internal static readonly byte[] SenderReportWithOneBlock =
    [
        0x81, 0xC8, 0x00, 0x0C,                  // V=2 P=0 RC=1, PT=200, length 12 words (52 bytes)
        0xDE, 0xAD, 0xBE, 0xEF,                  // sender SSRC
        0xE9, 0x4A, 0x5B, 0x60,                  // NTP seconds
        0x80, 0x00, 0x00, 0x00,                  // NTP fraction (0.5 s)
        0x00, 0x01, 0xE2, 0x40,                  // RTP timestamp 123456
        0x00, 0x00, 0x03, 0xE8,                  // packet count 1000
        0x00, 0x02, 0x71, 0x00,                  // octet count 160000
        0x01, 0x02, 0x03, 0x04,                  // block SSRC
        0x19, 0x00, 0x00, 0x2A,                  // fraction 25/256, cumulative lost 42
        0x00, 0x01, 0x00, 0x10,                  // extended highest seq: cycle 1, seq 16
        0x00, 0x00, 0x00, 0x50,                  // jitter 80
        0x4A, 0x5B, 0x60, 0x00,                  // LSR
        0x00, 0x01, 0x80, 0x00,                  // DLSR 1.5 s
    ];

    private static readonly byte[] ByeWithReason =
    [
        0x81, 0xCB, 0x00, 0x04,                  // V=2 SC=1, PT=203, length 4 words
        0xDE, 0xAD, 0xBE, 0xEF,                  // SSRC
        0x0A, (byte)'c', (byte)'a', (byte)'l',   // reason length 10, "call ended"
        (byte)'l', (byte)' ', (byte)'e', (byte)'n',
        (byte)'d', (byte)'e', (byte)'d', 0x00,   // reason, zero pad to the word
    ];

    internal static readonly byte[] ReceiverReportNegativeLoss =
    [
        0x81, 0xC9, 0x00, 0x07,                  // RC=1, PT=201, length 7 words
        0x11, 0x22, 0x33, 0x44,                  // reporter SSRC
        0x01, 0x02, 0x03, 0x04,                  // block SSRC
        0x00, 0xFF, 0xFF, 0xFE,                  // fraction 0, cumulative lost -2 (duplicates)
        0x00, 0x00, 0xFF, 0xFF,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];

    private static readonly byte[] SdesCname =
    [
        0x81, 0xCA, 0x00, 0x03,                  // SC=1, PT=202, length 3 words
        0xDE, 0xAD, 0xBE, 0xEF,                  // chunk SSRC
        0x01, 0x05, (byte)'a', (byte)'@',        // CNAME, 5 octets "a@b.c"
        (byte)'b', (byte)'.', (byte)'c', 0x00,   // ... end item
    ];

    [Fact]
    public void SenderReportParsesEveryField()
    {
        Assert.True(RtcpSenderReport.TryParse(SenderReportWithOneBlock, out var sr, out var error));
        Assert.Equal(RtcpParseError.None, error);
        Assert.Equal(0xDEADBEEFu, sr.Ssrc);
        Assert.Equal(0xE94A5B60_80000000ul, sr.NtpTimestamp);
        Assert.Equal(123456u, sr.RtpTimestamp);
        Assert.Equal(1000u, sr.PacketCount);
        Assert.Equal(160000u, sr.OctetCount);
        Assert.Equal(1, sr.Reports.Count);
        Assert.Equal(new RtcpReportBlock(0x01020304, 25, 42, 0x00010010, 80, 0x4A5B6000, 0x00018000), sr.Reports[0]);
        Assert.True(sr.ProfileExtension.IsEmpty);
        Assert.Equal(SenderReportWithOneBlock, sr.ToArray());
    }

    [Fact]
    public void SenderReportBuiltFromFieldsMatchesTheVector()
    {
        RtcpReportBlock[] blocks = [new(0x01020304, 25, 42, 0x00010010, 80, 0x4A5B6000, 0x00018000)];
        var sr = new RtcpSenderReport(0xDEADBEEF, 0xE94A5B60_80000000ul, 123456, 1000, 160000, new RtcpReportBlockList(blocks));
        Assert.Equal(SenderReportWithOneBlock, sr.ToArray());
        Assert.Equal(TimeSpan.FromSeconds(1.5), NtpTime.FromCompactDuration(sr.Reports[0].DelaySinceLastSenderReport));
    }

    [Fact]
    public void ByeWithReasonRoundTrips()
    {
        Assert.True(RtcpGoodbye.TryParse(ByeWithReason, out var bye, out _));
        Assert.Equal(1, bye.SourceCount);
        Assert.Equal(0xDEADBEEFu, bye.GetSource(0));
        Assert.Equal("call ended"u8.ToArray(), bye.Reason.ToArray());
        Assert.Equal(ByeWithReason, bye.ToArray());
        Assert.Equal(ByeWithReason, new RtcpGoodbye([0xDEADBEEFu], "call ended"u8).ToArray());
    }

    [Fact]
    public void ByeWithoutReasonIsHeaderAndSources()
    {
        var bye = new RtcpGoodbye([1u, 2u]);
        byte[] expected = [0x82, 0xCB, 0x00, 0x02, 0, 0, 0, 1, 0, 0, 0, 2];
        Assert.Equal(expected, bye.ToArray());
        Assert.True(RtcpGoodbye.TryParse(expected, out var parsed, out _));
        Assert.True(parsed.Reason.IsEmpty);
        Assert.Equal(2u, parsed.GetSource(1));
    }

    [Fact]
    public void ReceiverReportKeepsNegativeCumulativeLoss()
    {
        Assert.True(RtcpReceiverReport.TryParse(ReceiverReportNegativeLoss, out var rr, out _));
        Assert.Equal(0x11223344u, rr.Ssrc);
        Assert.Equal(-2, rr.Reports[0].CumulativeLost);
        Assert.Equal(65535u, rr.Reports[0].ExtendedHighestSequence);
        Assert.Equal(ReceiverReportNegativeLoss, rr.ToArray());
    }

    [Fact]
    public void CumulativeLossBeyond24BitsIsClampedOnWrite()
    {
        RtcpReportBlock[] blocks = [new(1, 0, 50_000_000, 0, 0, 0, 0)];
        var bytes = new RtcpReceiverReport(7, new RtcpReportBlockList(blocks)).ToArray();
        Assert.True(RtcpReceiverReport.TryParse(bytes, out var rr, out _));
        Assert.Equal(RtcpReportBlock.MaxCumulativeLost, rr.Reports[0].CumulativeLost);
    }

    [Fact]
    public void SdesCnameIsReadAndWritten()
    {
        Assert.True(RtcpSourceDescription.TryParse(SdesCname, out var sdes, out _));
        Assert.True(sdes.TryGetFirstCname(out uint ssrc, out var cname));
        Assert.Equal(0xDEADBEEFu, ssrc);
        Assert.Equal("a@b.c"u8.ToArray(), cname.ToArray());
        Assert.True(sdes.TryGetCname(0xDEADBEEF, out _));
        Assert.False(sdes.TryGetCname(1, out _));
        var rewritten = new byte[sdes.GetSerializedSize()];
        Assert.True(sdes.TryWrite(rewritten, out _));
        Assert.Equal(SdesCname, rewritten);
        var built = new RtcpSourceDescription(0xDEADBEEF, "a@b.c"u8);
        var builtBytes = new byte[built.GetSerializedSize()];
        Assert.True(built.TryWrite(builtBytes, out _));
        Assert.Equal(SdesCname, builtBytes);
    }

    [Fact]
    public void PaddedSdesWhoseChunkEndsInThePaddingIsRewrittenWordAligned()
    {
        byte[] bytes = [0xA1, 0xCA, 0x00, 0x03, 0, 0, 0, 1, 0x01, 0x02, (byte)'x', (byte)'y', 0x00, 0x00, 0x00, 0x03];
        Assert.True(RtcpSourceDescription.TryParse(bytes, out var sdes, out _));
        Assert.True(sdes.TryGetCname(1, out var cname));
        Assert.Equal("xy"u8.ToArray(), cname.ToArray());
        var rewritten = new byte[sdes.GetSerializedSize()];
        Assert.True(sdes.TryWrite(rewritten, out _));
        // The end octet sat just before the padding: rewritten without padding, zero-filled to the next word.
        Assert.Equal(new byte[] { 0x81, 0xCA, 0x00, 0x03, 0, 0, 0, 1, 0x01, 0x02, (byte)'x', (byte)'y', 0, 0, 0, 0 }, rewritten);
        Assert.True(RtcpSourceDescription.TryParse(rewritten, out var reparsed, out _));
        Assert.True(reparsed.TryGetCname(1, out var again));
        Assert.Equal("xy"u8.ToArray(), again.ToArray());
    }

    [Fact]
    public void CompoundPacketIteratesEachSubPacket()
    {
        byte[] compound = [.. SenderReportWithOneBlock, .. SdesCname, .. ByeWithReason];
        var reader = new RtcpCompoundReader(compound);
        var types = new List<byte>();
        while (reader.TryReadNext(out var header, out var packet))
        {
            types.Add(header.PacketType);
            Assert.Equal(header.PacketLength, packet.Length);
        }
        Assert.Equal(RtcpParseError.None, reader.Error);
        Assert.Equal(new byte[] { 200, 202, 203 }, types.ToArray());
        Assert.True(RtcpCompoundReader.Validate(compound, out int count, out _));
        Assert.Equal(3, count);
    }

    [Fact]
    public void CompoundWriterBuildsWhatTheReaderIterates()
    {
        RtcpReportBlock[] blocks = [new(0x01020304, 25, 42, 0x00010010, 80, 0x4A5B6000, 0x00018000)];
        Span<byte> buffer = stackalloc byte[128];
        var writer = new RtcpCompoundWriter(buffer);
        Assert.True(writer.TryAppend(new RtcpSenderReport(0xDEADBEEF, 0xE94A5B60_80000000ul, 123456, 1000, 160000, new RtcpReportBlockList(blocks))));
        Assert.True(writer.TryAppend(new RtcpSourceDescription(0xDEADBEEF, "a@b.c"u8)));
        Assert.True(writer.TryAppend(new RtcpGoodbye([0xDEADBEEFu], "call ended"u8)));
        Assert.Equal([.. SenderReportWithOneBlock, .. SdesCname, .. ByeWithReason], buffer[..writer.Written].ToArray());

        var small = new RtcpCompoundWriter(stackalloc byte[60]);
        Assert.True(small.TryAppend(new RtcpReceiverReport(1, new RtcpReportBlockList(blocks))));
        Assert.False(small.TryAppend(new RtcpReceiverReport(2, new RtcpReportBlockList(blocks))));
        Assert.Equal(32, small.Written);
    }

    [Fact]
    public void PaddedLastPacketIsAcceptedAndThePaddingStripped()
    {
        byte[] bye = [0xA1, 0xCB, 0x00, 0x02, 0, 0, 0, 9, 0, 0, 0, 4];  // P=1, 4 padding octets
        byte[] compound = [.. ReceiverReportNegativeLoss, .. bye];
        Assert.True(RtcpCompoundReader.Validate(compound, out int count, out _));
        Assert.Equal(2, count);
        Assert.True(RtcpGoodbye.TryParse(bye, out var parsed, out _));
        Assert.Equal(9u, parsed.GetSource(0));
        Assert.True(parsed.Reason.IsEmpty);
    }
}
