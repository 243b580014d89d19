using System.Buffers.Binary;

namespace MediaCore.Media.Rtcp;

/*
 RFC 3550 §6.4.1 — one reception report block (24 bytes), in SR and RR:

  0                   1                   2                   3
  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 |                 SSRC_1 (SSRC of first source)                 |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 | fraction lost |       cumulative number of packets lost       |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |           extended highest sequence number received           |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |                      interarrival jitter                      |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |                         last SR (LSR)                         |
 +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 |                   delay since last SR (DLSR)                  |
 +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
*/
/// <summary>
/// One reception report. <see cref="CumulativeLost"/> is a signed 24-bit value (duplicates can make it negative);
/// <see cref="Jitter"/> is in RTP timestamp units; <see cref="DelaySinceLastSenderReport"/> in 1/65536 s.
/// </summary>
public readonly record struct RtcpReportBlock(
    uint Ssrc,
    byte FractionLost,
    int CumulativeLost,
    uint ExtendedHighestSequence,
    uint Jitter,
    uint LastSenderReport,
    uint DelaySinceLastSenderReport)
{
    public const int Size = 24;
    public const int MaxCumulativeLost = 0x7FFFFF;
    public const int MinCumulativeLost = -0x800000;

    private const int SsrcOffset = 0;
    private const int LossOffset = 4;
    private const int HighestOffset = 8;
    private const int JitterOffset = 12;
    private const int LsrOffset = 16;
    private const int DlsrOffset = 20;
    private const int FractionShift = 24;
    private const uint CumulativeMask = 0x00FF_FFFF;
    private const int SignExtendShift = 8;

    /// <summary>Reads a block from exactly the first 24 bytes. Callers check the length (the list does).</summary>
    internal static RtcpReportBlock Read(ReadOnlySpan<byte> data)
    {
        uint loss = BinaryPrimitives.ReadUInt32BigEndian(data[LossOffset..]);
        return new RtcpReportBlock(
            BinaryPrimitives.ReadUInt32BigEndian(data[SsrcOffset..]),
            (byte)(loss >> FractionShift),
            (int)(loss << SignExtendShift) >> SignExtendShift,
            BinaryPrimitives.ReadUInt32BigEndian(data[HighestOffset..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[JitterOffset..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[LsrOffset..]),
            BinaryPrimitives.ReadUInt32BigEndian(data[DlsrOffset..]));
    }

    /// <summary>Writes the 24 bytes; the cumulative loss is clamped to the 24-bit signed range.</summary>
    internal void Write(Span<byte> destination)
    {
        int lost = Math.Clamp(CumulativeLost, MinCumulativeLost, MaxCumulativeLost);
        BinaryPrimitives.WriteUInt32BigEndian(destination[SsrcOffset..], Ssrc);
        BinaryPrimitives.WriteUInt32BigEndian(destination[LossOffset..], ((uint)FractionLost << FractionShift) | ((uint)lost & CumulativeMask));
        BinaryPrimitives.WriteUInt32BigEndian(destination[HighestOffset..], ExtendedHighestSequence);
        BinaryPrimitives.WriteUInt32BigEndian(destination[JitterOffset..], Jitter);
        BinaryPrimitives.WriteUInt32BigEndian(destination[LsrOffset..], LastSenderReport);
        BinaryPrimitives.WriteUInt32BigEndian(destination[DlsrOffset..], DelaySinceLastSenderReport);
    }
}
