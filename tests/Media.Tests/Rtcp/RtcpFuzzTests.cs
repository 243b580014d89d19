using MediaCore.Media.Rtcp;

namespace MediaCore.Media.Tests.Rtcp;

/// <summary>Seeded random RTCP packets round-trip; 100k mutations never throw and whatever parses re-serialises equal.</summary>
public sealed class RtcpFuzzTests
{
    [Fact]
    public void RandomReportsAndByesRoundTrip()
    {
        var random = new Random(6464);
        var buffer = new byte[2048];
        for (int n = 0; n < 1000; n++)
        {
            var blocks = new RtcpReportBlock[random.Next(0, 32)];
            for (int i = 0; i < blocks.Length; i++)
                blocks[i] = RandomBlock(random);
            var extension = new byte[random.Next(0, 3) * 4];
            random.NextBytes(extension);

            var sr = new RtcpSenderReport(U32(random), (ulong)random.NextInt64(), U32(random), U32(random), U32(random), new RtcpReportBlockList(blocks), extension);
            Assert.True(sr.TryWrite(buffer, out int written));
            Assert.True(RtcpSenderReport.TryParse(buffer.AsSpan(0, written), out var parsedSr, out _));
            Assert.True(sr.ContentEquals(parsedSr));

            var rr = new RtcpReceiverReport(U32(random), new RtcpReportBlockList(blocks), extension);
            Assert.True(rr.TryWrite(buffer, out written));
            Assert.True(RtcpReceiverReport.TryParse(buffer.AsSpan(0, written), out var parsedRr, out _));
            Assert.True(rr.ContentEquals(parsedRr));

            var sources = new uint[random.Next(0, 32)];
            for (int i = 0; i < sources.Length; i++)
                sources[i] = U32(random);
            var reason = new byte[random.Next(0, 256)];
            random.NextBytes(reason);
            var bye = new RtcpGoodbye(sources, reason);
            Assert.True(bye.TryWrite(buffer, out written));
            Assert.True(RtcpGoodbye.TryParse(buffer.AsSpan(0, written), out var parsedBye, out _));
            Assert.True(bye.ContentEquals(parsedBye));
        }
    }

    [Fact]
    public void HundredThousandMutationsNeverThrowAndReparseEqual()
    {
        byte[] seed = [.. RtcpVectorTests.SenderReportWithOneBlock, .. RtcpVectorTests.ReceiverReportNegativeLoss,
            0x81, 0xCA, 0x00, 0x03, 0xDE, 0xAD, 0xBE, 0xEF, 0x01, 0x05, (byte)'a', (byte)'@', (byte)'b', (byte)'.', (byte)'c', 0x00,
            0x81, 0xCB, 0x00, 0x03, 0xDE, 0xAD, 0xBE, 0xEF, 0x03, (byte)'b', (byte)'y', (byte)'e'];
        var random = new Random(3551);
        var mutated = new byte[seed.Length + 8];
        var rewritten = new byte[1024];
        int parsed = 0;
        for (int n = 0; n < 100_000; n++)
        {
            seed.CopyTo(mutated, 0);
            int length = random.Next(0, mutated.Length + 1);
            for (int i = random.Next(1, 5); i > 0 && length > 0; i--)
                mutated[random.Next(length)] ^= (byte)(1 << random.Next(8));
            var reader = new RtcpCompoundReader(mutated.AsSpan(0, length), requireReportFirst: n % 2 == 0);
            while (reader.TryReadNext(out var header, out var packet))
                parsed += CheckReparse(header.PacketType, packet, rewritten);
        }
        Assert.InRange(parsed, 1_000, 400_000);
    }

    private static int CheckReparse(byte type, ReadOnlySpan<byte> packet, byte[] rewritten)
    {
        switch ((RtcpPacketType)type)
        {
            case RtcpPacketType.SenderReport when RtcpSenderReport.TryParse(packet, out var sr, out _):
                Assert.True(sr.TryWrite(rewritten, out int n1));
                Assert.True(RtcpSenderReport.TryParse(rewritten.AsSpan(0, n1), out var sr2, out _));
                Assert.True(sr.ContentEquals(sr2));
                return 1;
            case RtcpPacketType.ReceiverReport when RtcpReceiverReport.TryParse(packet, out var rr, out _):
                Assert.True(rr.TryWrite(rewritten, out int n2));
                Assert.True(RtcpReceiverReport.TryParse(rewritten.AsSpan(0, n2), out var rr2, out _));
                Assert.True(rr.ContentEquals(rr2));
                return 1;
            case RtcpPacketType.Goodbye when RtcpGoodbye.TryParse(packet, out var bye, out _):
                Assert.True(bye.TryWrite(rewritten, out int n3));
                Assert.True(RtcpGoodbye.TryParse(rewritten.AsSpan(0, n3), out var bye2, out _));
                Assert.True(bye.ContentEquals(bye2));
                return 1;
            case RtcpPacketType.SourceDescription when RtcpSourceDescription.TryParse(packet, out var sdes, out _):
                sdes.TryGetFirstCname(out uint ssrc, out _);
                sdes.TryGetCname(ssrc, out _);
                Assert.True(sdes.TryWrite(rewritten, out int n4));
                Assert.True(RtcpSourceDescription.TryParse(rewritten.AsSpan(0, n4), out var sdes2, out _));
                Assert.Equal(sdes.ChunkCount, sdes2.ChunkCount);
                return 1;
            default:
                return 0;
        }
    }

    private static uint U32(Random random) => (uint)random.NextInt64(0, 1L << 32);

    private static RtcpReportBlock RandomBlock(Random random) =>
        new(U32(random), (byte)random.Next(256), random.Next(RtcpReportBlock.MinCumulativeLost, RtcpReportBlock.MaxCumulativeLost + 1),
            U32(random), U32(random), U32(random), U32(random));
}
