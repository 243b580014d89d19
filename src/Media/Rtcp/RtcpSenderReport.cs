using System.Buffers.Binary;

namespace MediaCore.Media.Rtcp;

/*
 RFC 3550 §6.4.1 — SR: Sender Report RTCP packet

         0                   1                   2                   3
         0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 header |V=2|P|    RC   |   PT=SR=200   |             length            |
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
        |                         SSRC of sender                        |
        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 sender |              NTP timestamp, most significant word             |
 info   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
        |             NTP timestamp, least significant word             |
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
        |                         RTP timestamp                         |
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
        |                     sender's packet count                     |
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
        |                      sender's octet count                     |
        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
        |                 report blocks (RC × 24 bytes)                 |
        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
        |                  profile-specific extensions                  |
*/
/// <summary>An RTCP Sender Report view; spans slice the parsed buffer.</summary>
public readonly ref struct RtcpSenderReport
{
    private const int SsrcOffset = 0;
    private const int NtpOffset = 4;
    private const int RtpTimestampOffset = 12;
    private const int PacketCountOffset = 16;
    private const int OctetCountOffset = 20;
    private const int SenderInfoEnd = 24;

    public RtcpSenderReport(uint ssrc, ulong ntpTimestamp, uint rtpTimestamp, uint packetCount, uint octetCount,
        RtcpReportBlockList reports = default, ReadOnlySpan<byte> profileExtension = default)
    {
        if (profileExtension.Length % RtcpHeader.WordSize != 0)
            throw new ArgumentException("Profile extensions are whole 32-bit words.", nameof(profileExtension));
        Ssrc = ssrc;
        NtpTimestamp = ntpTimestamp;
        RtpTimestamp = rtpTimestamp;
        PacketCount = packetCount;
        OctetCount = octetCount;
        Reports = reports;
        ProfileExtension = profileExtension;
    }

    public uint Ssrc { get; }

    /// <summary>64-bit NTP wallclock (seconds since 1900 in the high word, fraction in the low word).</summary>
    public ulong NtpTimestamp { get; }

    public uint RtpTimestamp { get; }

    public uint PacketCount { get; }

    public uint OctetCount { get; }

    public RtcpReportBlockList Reports { get; }

    public ReadOnlySpan<byte> ProfileExtension { get; }

    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpSenderReport report, out RtcpParseError error)
    {
        report = default;
        if (!RtcpHeader.TryParse(data, RtcpPacketType.SenderReport, out var header, out var body, out error))
            return false;
        if (body.Length < SenderInfoEnd)
            return RtcpHeader.Fail(RtcpParseError.TooShort, out error);
        if (!RtcpReportBlockList.TryRead(body[SenderInfoEnd..], header.Count, out var reports))
            return RtcpHeader.Fail(RtcpParseError.CountOverrun, out error);
        report = new RtcpSenderReport(
            BinaryPrimitives.ReadUInt32BigEndian(body[SsrcOffset..]),
            BinaryPrimitives.ReadUInt64BigEndian(body[NtpOffset..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[RtpTimestampOffset..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[PacketCountOffset..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[OctetCountOffset..]),
            reports,
            WholeWords(body[(SenderInfoEnd + reports.SerializedSize)..]));
        return true;
    }

    public int GetSerializedSize() => RtcpHeader.Size + SenderInfoEnd + Reports.SerializedSize + ProfileExtension.Length;

    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = GetSerializedSize();
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }
        RtcpHeader.Write(destination, Reports.Count, RtcpPacketType.SenderReport, written);
        var body = destination[RtcpHeader.Size..written];
        BinaryPrimitives.WriteUInt32BigEndian(body[SsrcOffset..], Ssrc);
        BinaryPrimitives.WriteUInt64BigEndian(body[NtpOffset..], NtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(body[RtpTimestampOffset..], RtpTimestamp);
        BinaryPrimitives.WriteUInt32BigEndian(body[PacketCountOffset..], PacketCount);
        BinaryPrimitives.WriteUInt32BigEndian(body[OctetCountOffset..], OctetCount);
        Reports.Write(body[SenderInfoEnd..]);
        ProfileExtension.CopyTo(body[(SenderInfoEnd + Reports.SerializedSize)..]);
        return true;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[GetSerializedSize()];
        TryWrite(bytes, out _);
        return bytes;
    }

    public bool ContentEquals(in RtcpSenderReport other) =>
        Ssrc == other.Ssrc && NtpTimestamp == other.NtpTimestamp && RtpTimestamp == other.RtpTimestamp
        && PacketCount == other.PacketCount && OctetCount == other.OctetCount
        && Reports.ContentEquals(other.Reports) && ProfileExtension.SequenceEqual(other.ProfileExtension);

    /// <summary>After padding removal a body may end mid-word; keep whole words only, as the length field counts words.</summary>
    internal static ReadOnlySpan<byte> WholeWords(ReadOnlySpan<byte> data) => data[..(data.Length / RtcpHeader.WordSize * RtcpHeader.WordSize)];
}
