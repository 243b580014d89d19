using System.Buffers.Binary;

namespace MediaCore.Media.Rtcp;

/*
 RFC 3550 §6.4.2 — RR: Receiver Report RTCP packet

         0                   1                   2                   3
         0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 header |V=2|P|    RC   |   PT=RR=201   |             length            |
        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
        |                     SSRC of packet sender                     |
        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
        |                 report blocks (RC × 24 bytes)                 |
        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
        |                  profile-specific extensions                  |
*/
/// <summary>An RTCP Receiver Report view; spans slice the parsed buffer.</summary>
public readonly ref struct RtcpReceiverReport
{
    private const int SsrcSize = 4;

    public RtcpReceiverReport(uint ssrc, RtcpReportBlockList reports = default, ReadOnlySpan<byte> profileExtension = default)
    {
        if (profileExtension.Length % RtcpHeader.WordSize != 0)
            throw new ArgumentException("Profile extensions are whole 32-bit words.", nameof(profileExtension));
        Ssrc = ssrc;
        Reports = reports;
        ProfileExtension = profileExtension;
    }

    public uint Ssrc { get; }

    public RtcpReportBlockList Reports { get; }

    public ReadOnlySpan<byte> ProfileExtension { get; }

    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpReceiverReport report, out RtcpParseError error)
    {
        report = default;
        if (!RtcpHeader.TryParse(data, RtcpPacketType.ReceiverReport, out var header, out var body, out error))
            return false;
        if (body.Length < SsrcSize)
            return RtcpHeader.Fail(RtcpParseError.TooShort, out error);
        if (!RtcpReportBlockList.TryRead(body[SsrcSize..], header.Count, out var reports))
            return RtcpHeader.Fail(RtcpParseError.CountOverrun, out error);
        report = new RtcpReceiverReport(
            BinaryPrimitives.ReadUInt32BigEndian(body),
            reports,
            RtcpSenderReport.WholeWords(body[(SsrcSize + reports.SerializedSize)..]));
        return true;
    }

    public int GetSerializedSize() => RtcpHeader.Size + SsrcSize + Reports.SerializedSize + ProfileExtension.Length;

    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = GetSerializedSize();
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }
        RtcpHeader.Write(destination, Reports.Count, RtcpPacketType.ReceiverReport, written);
        var body = destination[RtcpHeader.Size..written];
        BinaryPrimitives.WriteUInt32BigEndian(body, Ssrc);
        Reports.Write(body[SsrcSize..]);
        ProfileExtension.CopyTo(body[(SsrcSize + Reports.SerializedSize)..]);
        return true;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[GetSerializedSize()];
        TryWrite(bytes, out _);
        return bytes;
    }

    public bool ContentEquals(in RtcpReceiverReport other) =>
        Ssrc == other.Ssrc && Reports.ContentEquals(other.Reports) && ProfileExtension.SequenceEqual(other.ProfileExtension);
}
