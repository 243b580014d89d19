using System.Buffers.Binary;

namespace MediaCore.Media.Rtcp;

/*
 RFC 3550 §6.4.1 — the common header every RTCP packet starts with:

  0                   1                   2                   3
  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |V=2|P|   count |      PT       |             length            |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

 length = packet size in 32-bit words minus one, header and padding included.
 With P = 1 the last octet of the packet counts the padding octets, itself included.
*/
/// <summary>The RTCP common header: count (RC/SC), packet type and length.</summary>
public readonly record struct RtcpHeader(byte Count, byte PacketType, int PacketLength, bool Padding)
{
    public const int Size = 4;
    public const int Version = 2;
    public const int MaxCount = 31;
    public const int WordSize = 4;

    private const int VersionShift = 6;
    private const byte PaddingBit = 0x20;
    private const byte CountMask = 0x1F;
    private const int TypeOffset = 1;
    private const int LengthOffset = 2;

    /// <summary>
    /// Reads the header at the start of <paramref name="data"/> and returns the packet's body (after the header,
    /// padding removed). Checks version, that the announced length fits and that padding is sane. Never throws.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpHeader header, out ReadOnlySpan<byte> body, out RtcpParseError error)
    {
        header = default;
        body = default;
        if (data.Length < Size)
            return Fail(RtcpParseError.TooShort, out error);
        if (data[0] >> VersionShift != Version)
            return Fail(RtcpParseError.BadVersion, out error);
        int packetLength = (BinaryPrimitives.ReadUInt16BigEndian(data[LengthOffset..]) + 1) * WordSize;
        if (packetLength > data.Length)
            return Fail(RtcpParseError.LengthOverrun, out error);
        bool padding = (data[0] & PaddingBit) != 0;
        body = data[Size..packetLength];
        if (padding && !TryRemovePadding(ref body, out error))
            return false;
        header = new RtcpHeader((byte)(data[0] & CountMask), data[TypeOffset], packetLength, padding);
        error = RtcpParseError.None;
        return true;
    }

    /// <summary>Reads the header and body, and checks the packet type is <paramref name="expected"/>.</summary>
    internal static bool TryParse(ReadOnlySpan<byte> data, RtcpPacketType expected, out RtcpHeader header, out ReadOnlySpan<byte> body, out RtcpParseError error)
    {
        if (!TryParse(data, out header, out body, out error))
            return false;
        if (header.PacketType != (byte)expected)
            return Fail(RtcpParseError.WrongPacketType, out error);
        return true;
    }

    /// <summary>Writes a header without padding for a packet of <paramref name="packetLength"/> bytes (a multiple of 4).</summary>
    internal static void Write(Span<byte> destination, int count, RtcpPacketType type, int packetLength)
    {
        destination[0] = (byte)((Version << VersionShift) | count);
        destination[TypeOffset] = (byte)type;
        BinaryPrimitives.WriteUInt16BigEndian(destination[LengthOffset..], (ushort)(packetLength / WordSize - 1));
    }

    private static bool TryRemovePadding(ref ReadOnlySpan<byte> body, out RtcpParseError error)
    {
        if (body.IsEmpty)
            return Fail(RtcpParseError.PaddingTooLarge, out error);
        int padding = body[^1];
        if (padding == 0)
            return Fail(RtcpParseError.ZeroPaddingLength, out error);
        if (padding > body.Length)
            return Fail(RtcpParseError.PaddingTooLarge, out error);
        body = body[..^padding];
        error = RtcpParseError.None;
        return true;
    }

    internal static bool Fail(RtcpParseError reason, out RtcpParseError error)
    {
        error = reason;
        return false;
    }
}
