namespace MediaCore.Media.Rtp;

/// <summary>
/// The scalar fields of an RTP fixed header (RFC 3550 §5.1), cached once so later stages (jitter buffer, stats,
/// DTMF) never re-parse. Version is always 2 and is not stored; CSRCs, extension and padding live on <see cref="RtpPacket"/>.
/// </summary>
public readonly record struct RtpHeader(byte PayloadType, ushort SequenceNumber, uint Timestamp, uint Ssrc, bool Marker = false)
{
    /// <summary>The largest value the 7-bit PT field can carry.</summary>
    public const byte MaxPayloadType = 0x7F;
}
