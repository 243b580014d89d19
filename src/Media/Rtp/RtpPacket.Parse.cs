using System.Buffers.Binary;

namespace MediaCore.Media.Rtp;

/*
 RFC 3550 §5.1 — RTP fixed header:

  0                   1                   2                   3
  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |                           timestamp                           |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |           synchronization source (SSRC) identifier            |
 +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 |            contributing source (CSRC) identifiers             |
 |                             ....                              |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

 RFC 3550 §5.3.1 — header extension (present when X = 1), right after the CSRC list:

  0                   1                   2                   3
  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |      defined by profile       |           length              |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |                        header extension                       |
 |                             ....                              |

 Padding (P = 1): the last octet of the packet counts the padding octets, itself included.
*/
public readonly ref partial struct RtpPacket
{
    private const int FirstByteOffset = 0;
    private const int SecondByteOffset = 1;
    private const int SequenceOffset = 2;
    private const int TimestampOffset = 4;
    private const int SsrcOffset = 8;

    private const int VersionShift = 6;
    private const byte PaddingBit = 0x20;
    private const byte ExtensionBit = 0x10;
    private const byte CsrcCountMask = 0x0F;
    private const byte MarkerBit = 0x80;
    private const byte PayloadTypeMask = 0x7F;

    private const int ExtensionHeaderSize = 4;
    private const int ExtensionWordSize = 4;

    /// <summary>Parses <paramref name="datagram"/> without copying. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<byte> datagram, out RtpPacket packet, out RtpParseError error)
    {
        packet = default;
        if (datagram.Length < FixedHeaderSize)
            return Fail(RtpParseError.TooShort, out error);
        byte first = datagram[FirstByteOffset];
        if (first >> VersionShift != Version)
            return Fail(RtpParseError.BadVersion, out error);

        int offset = FixedHeaderSize;
        int csrcLength = (first & CsrcCountMask) * CsrcSize;
        if (datagram.Length - offset < csrcLength)
            return Fail(RtpParseError.CsrcOverrun, out error);
        var csrcBytes = datagram.Slice(offset, csrcLength);
        offset += csrcLength;

        RtpHeaderExtension extension = default;
        if ((first & ExtensionBit) != 0 && !TryParseExtension(datagram, ref offset, out extension))
            return Fail(RtpParseError.ExtensionOverrun, out error);

        int end = datagram.Length;
        byte paddingLength = 0;
        if ((first & PaddingBit) != 0)
        {
            paddingLength = datagram[end - 1];
            if (paddingLength == 0)
                return Fail(RtpParseError.ZeroPaddingLength, out error);
            if (paddingLength > end - offset)
                return Fail(RtpParseError.PaddingTooLarge, out error);
            end -= paddingLength;
        }

        packet = new RtpPacket(ReadHeader(datagram), csrcBytes, extension, datagram[offset..end], paddingLength);
        error = RtpParseError.None;
        return true;
    }

    private static RtpHeader ReadHeader(ReadOnlySpan<byte> datagram)
    {
        byte second = datagram[SecondByteOffset];
        return new RtpHeader(
            PayloadType: (byte)(second & PayloadTypeMask),
            SequenceNumber: BinaryPrimitives.ReadUInt16BigEndian(datagram[SequenceOffset..]),
            Timestamp: BinaryPrimitives.ReadUInt32BigEndian(datagram[TimestampOffset..]),
            Ssrc: BinaryPrimitives.ReadUInt32BigEndian(datagram[SsrcOffset..]),
            Marker: (second & MarkerBit) != 0);
    }

    private static bool TryParseExtension(ReadOnlySpan<byte> datagram, scoped ref int offset, out RtpHeaderExtension extension)
    {
        extension = default;
        if (datagram.Length - offset < ExtensionHeaderSize)
            return false;
        ushort profile = BinaryPrimitives.ReadUInt16BigEndian(datagram[offset..]);
        int dataLength = BinaryPrimitives.ReadUInt16BigEndian(datagram[(offset + 2)..]) * ExtensionWordSize;
        offset += ExtensionHeaderSize;
        if (datagram.Length - offset < dataLength)
            return false;
        extension = new RtpHeaderExtension(profile, datagram.Slice(offset, dataLength));
        offset += dataLength;
        return true;
    }

    private static bool Fail(RtpParseError reason, out RtpParseError error)
    {
        error = reason;
        return false;
    }
}
