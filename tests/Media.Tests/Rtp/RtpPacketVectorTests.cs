using MediaCore.Media.Rtp;

namespace MediaCore.Media.Tests.Rtp;

/// <summary>Real packets written byte by byte from the RFC 3550 §5.1 layout: bytes → value → same bytes.</summary>
public sealed class RtpPacketVectorTests
{
    private static byte[] Pcmu172()
    {
        var bytes = new byte[172];
        bytes[0] = 0x80;                         // V=2 P=0 X=0 CC=0
        bytes[1] = 0x00;                         // M=0 PT=0 (PCMU)
        bytes[2] = 0x12; bytes[3] = 0x34;        // seq 0x1234
        bytes[4] = 0x00; bytes[5] = 0x01; bytes[6] = 0xE2; bytes[7] = 0x40; // ts 123456
        bytes[8] = 0xDE; bytes[9] = 0xAD; bytes[10] = 0xBE; bytes[11] = 0xEF; // SSRC
        for (int i = 12; i < 172; i++)
            bytes[i] = (byte)(0xFF - (i % 7));   // µ-law samples near silence
        return bytes;
    }

    [Fact]
    public void PcmuPacketParsesToItsFields()
    {
        var bytes = Pcmu172();
        Assert.True(RtpPacket.TryParse(bytes, out var packet, out var error));
        Assert.Equal(RtpParseError.None, error);
        Assert.Equal(new RtpHeader(0, 0x1234, 123456, 0xDEADBEEF, Marker: false), packet.Header);
        Assert.Equal(0, packet.CsrcCount);
        Assert.False(packet.Extension.IsPresent);
        Assert.False(packet.HasPadding);
        Assert.Equal(160, packet.Payload.Length);
        Assert.True(packet.Payload.SequenceEqual(bytes.AsSpan(12)));
    }

    [Fact]
    public void PcmuPacketWritesBackTheSameBytes()
    {
        var bytes = Pcmu172();
        Assert.True(RtpPacket.TryParse(bytes, out var packet, out _));
        Assert.Equal(172, packet.GetSerializedSize());
        Assert.Equal(bytes, packet.ToArray());
    }

    [Fact]
    public void PayloadIsASliceOfTheCallersBuffer()
    {
        var bytes = Pcmu172();
        Assert.True(RtpPacket.TryParse(bytes, out var packet, out _));
        bytes[12] = 0x42;
        Assert.Equal(0x42, packet.Payload[0]);
    }

    // V=2 P=1 X=1 CC=2, M=1 PT=111, two CSRCs, a one-byte (0xBEDE) extension with two elements, 3 payload bytes, 4 padding.
    private static readonly byte[] FullPacket =
    [
        0xB2, 0xEF, 0xFF, 0xFF,                  // 1011 0010 | 1 1101111 | seq 65535
        0x00, 0x00, 0x00, 0x01,                  // ts 1
        0x01, 0x02, 0x03, 0x04,                  // SSRC
        0x11, 0x11, 0x11, 0x11,                  // CSRC 1
        0x22, 0x22, 0x22, 0x22,                  // CSRC 2
        0xBE, 0xDE, 0x00, 0x02,                  // profile 0xBEDE, 2 words
        0x10, 0xAA, 0x00, 0x21,                  // id 1 len 1 [AA], pad, id 2 len 2 [BB CC ...
        0xBB, 0xCC, 0x00, 0x00,                  // ... BB CC], pad pad
        0x01, 0x02, 0x03,                        // payload
        0x00, 0x00, 0x00, 0x04,                  // padding, count 4
    ];

    [Fact]
    public void FullPacketParsesEveryField()
    {
        Assert.True(RtpPacket.TryParse(FullPacket, out var packet, out _));
        Assert.True(packet.Marker);
        Assert.Equal(111, packet.PayloadType);
        Assert.Equal(65535, packet.SequenceNumber);
        Assert.Equal(1u, packet.Timestamp);
        Assert.Equal(0x01020304u, packet.Ssrc);
        Assert.Equal(2, packet.CsrcCount);
        Assert.Equal(0x11111111u, packet.GetCsrc(0));
        Assert.Equal(0x22222222u, packet.GetCsrc(1));
        Assert.True(packet.Extension.IsOneByte);
        Assert.Equal(8, packet.Extension.Data.Length);
        Assert.Equal(4, packet.PaddingLength);
        Assert.Equal(new byte[] { 1, 2, 3 }, packet.Payload.ToArray());
        Assert.Equal(FullPacket, packet.ToArray());
    }

    [Fact]
    public void OneByteExtensionElementsAreFoundById()
    {
        Assert.True(RtpPacket.TryParse(FullPacket, out var packet, out _));
        Assert.True(packet.Extension.TryGetElement(1, out var first));
        Assert.Equal(new byte[] { 0xAA }, first.ToArray());
        Assert.True(packet.Extension.TryGetElement(2, out var second));
        Assert.Equal(new byte[] { 0xBB, 0xCC }, second.ToArray());
        Assert.False(packet.Extension.TryGetElement(3, out _));
    }

    [Fact]
    public void TwoByteExtensionElementsAreRead()
    {
        byte[] data = [0x05, 0x03, 0x61, 0x62, 0x63, 0x00, 0x07, 0x00];
        var extension = new RtpHeaderExtension(0x1000, data);
        Assert.True(extension.IsTwoByte);
        var reader = extension.GetElements();
        Assert.True(reader.TryReadNext(out var id, out var value));
        Assert.Equal(5, id);
        Assert.Equal("abc"u8.ToArray(), value.ToArray());
        Assert.True(reader.TryReadNext(out id, out value));
        Assert.Equal(7, id);
        Assert.True(value.IsEmpty);
        Assert.False(reader.TryReadNext(out _, out _));
        Assert.False(reader.IsMalformed);
    }

    [Fact]
    public void ExtensionElementRunningPastTheBodyIsMalformedNotAnException()
    {
        byte[] data = [0x1F, 0xAA, 0x00, 0x00];  // id 1 claims 16 bytes
        var reader = new RtpHeaderExtension(RtpHeaderExtension.OneByteProfile, data).GetElements();
        Assert.False(reader.TryReadNext(out _, out _));
        Assert.True(reader.IsMalformed);
    }

    [Fact]
    public void BuiltPacketWithCsrcsAndPaddingMatchesTheVector()
    {
        byte[] extensionData = [0x10, 0xAA, 0x00, 0x21, 0xBB, 0xCC, 0x00, 0x00];
        var packet = new RtpPacket(
            new RtpHeader(111, 65535, 1, 0x01020304, Marker: true),
            [1, 2, 3],
            [0x11111111u, 0x22222222u],
            new RtpHeaderExtension(RtpHeaderExtension.OneByteProfile, extensionData),
            paddingLength: 4);
        Span<byte> buffer = stackalloc byte[64];
        Assert.True(packet.TryWrite(buffer, out int written));
        Assert.Equal(FullPacket, buffer[..written].ToArray());
    }

    [Fact]
    public void TryWriteReportsAShortBufferInsteadOfThrowing()
    {
        Assert.True(RtpPacket.TryParse(Pcmu172(), out var packet, out _));
        Span<byte> small = stackalloc byte[171];
        Assert.False(packet.TryWrite(small, out int written));
        Assert.Equal(0, written);
    }
}
