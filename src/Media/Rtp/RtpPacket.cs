using System.Buffers.Binary;

namespace MediaCore.Media.Rtp;

/// <summary>
/// A zero-copy view of one RTP packet (RFC 3550 §5.1). After <see cref="TryParse"/> every span is a slice of the
/// caller's datagram, valid only while that buffer is: copy what you keep (the jitter buffer does).
/// </summary>
public readonly ref partial struct RtpPacket
{
    /// <summary>The only RTP version on the wire.</summary>
    public const int Version = 2;
    public const int FixedHeaderSize = 12;
    public const int MaxCsrcCount = 15;
    public const int CsrcSize = 4;

    private readonly ReadOnlySpan<byte> _csrcBytes;
    private readonly ReadOnlySpan<uint> _csrcValues;

    /// <summary>Builds a packet to serialise. Spans are referenced, not copied.</summary>
    public RtpPacket(
        RtpHeader header,
        ReadOnlySpan<byte> payload,
        ReadOnlySpan<uint> csrcs = default,
        RtpHeaderExtension extension = default,
        byte paddingLength = 0)
    {
        if (header.PayloadType > RtpHeader.MaxPayloadType)
            throw new ArgumentOutOfRangeException(nameof(header), header.PayloadType, "The RTP payload type is a 7-bit field.");
        if (csrcs.Length > MaxCsrcCount)
            throw new ArgumentOutOfRangeException(nameof(csrcs), csrcs.Length, "RTP carries at most 15 CSRC identifiers.");
        Header = header;
        Payload = payload;
        _csrcValues = csrcs;
        _csrcBytes = default;
        CsrcCount = csrcs.Length;
        Extension = extension;
        PaddingLength = paddingLength;
    }

    private RtpPacket(RtpHeader header, ReadOnlySpan<byte> csrcBytes, RtpHeaderExtension extension, ReadOnlySpan<byte> payload, byte paddingLength)
    {
        Header = header;
        _csrcBytes = csrcBytes;
        _csrcValues = default;
        CsrcCount = csrcBytes.Length / CsrcSize;
        Extension = extension;
        Payload = payload;
        PaddingLength = paddingLength;
    }

    public RtpHeader Header { get; }

    public bool Marker => Header.Marker;

    public byte PayloadType => Header.PayloadType;

    public ushort SequenceNumber => Header.SequenceNumber;

    public uint Timestamp => Header.Timestamp;

    public uint Ssrc => Header.Ssrc;

    public int CsrcCount { get; }

    public RtpHeaderExtension Extension { get; }

    /// <summary>The payload, without padding.</summary>
    public ReadOnlySpan<byte> Payload { get; }

    /// <summary>Padding octets after the payload, counting the final count octet; 0 means the P bit is clear.</summary>
    public byte PaddingLength { get; }

    public bool HasPadding => PaddingLength > 0;

    /// <summary>The CSRC at <paramref name="index"/> (0 ≤ index &lt; <see cref="CsrcCount"/>).</summary>
    public uint GetCsrc(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, CsrcCount);
        return _csrcValues.IsEmpty
            ? BinaryPrimitives.ReadUInt32BigEndian(_csrcBytes.Slice(index * CsrcSize, CsrcSize))
            : _csrcValues[index];
    }

    /// <summary>Field-by-field equality (padding octet contents are not compared; only their count is).</summary>
    public bool ContentEquals(in RtpPacket other)
    {
        if (Header != other.Header || CsrcCount != other.CsrcCount || PaddingLength != other.PaddingLength)
            return false;
        for (int i = 0; i < CsrcCount; i++)
        {
            if (GetCsrc(i) != other.GetCsrc(i))
                return false;
        }
        return Extension.IsPresent == other.Extension.IsPresent
            && Extension.Profile == other.Extension.Profile
            && Extension.Data.SequenceEqual(other.Extension.Data)
            && Payload.SequenceEqual(other.Payload);
    }
}
