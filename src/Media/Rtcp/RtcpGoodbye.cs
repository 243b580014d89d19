using System.Buffers.Binary;

namespace MediaCore.Media.Rtcp;

/*
 RFC 3550 §6.6 — BYE: Goodbye RTCP packet

        0                   1                   2                   3
        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |V=2|P|    SC   |   PT=BYE=203  |             length            |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |                           SSRC/CSRC                           |
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       :                              ...                              :
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 (opt) |     length    |               reason for leaving            ...
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

 The reason (UTF-8) is followed by zero octets up to the next 32-bit boundary.
*/
/// <summary>An RTCP BYE view: the leaving sources and an optional UTF-8 reason.</summary>
public readonly ref struct RtcpGoodbye
{
    private const int SourceSize = 4;
    private const int ReasonLengthSize = 1;

    private readonly ReadOnlySpan<byte> _sourceBytes;
    private readonly ReadOnlySpan<uint> _sourceValues;

    public RtcpGoodbye(ReadOnlySpan<uint> sources, ReadOnlySpan<byte> reason = default)
    {
        if (sources.Length > RtcpHeader.MaxCount)
            throw new ArgumentOutOfRangeException(nameof(sources), sources.Length, "A BYE carries at most 31 sources.");
        if (reason.Length > byte.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(reason), reason.Length, "A BYE reason is at most 255 octets.");
        _sourceValues = sources;
        _sourceBytes = default;
        SourceCount = sources.Length;
        Reason = reason;
    }

    private RtcpGoodbye(ReadOnlySpan<byte> sourceBytes, ReadOnlySpan<byte> reason)
    {
        _sourceBytes = sourceBytes;
        _sourceValues = default;
        SourceCount = sourceBytes.Length / SourceSize;
        Reason = reason;
    }

    public int SourceCount { get; }

    /// <summary>The UTF-8 reason for leaving; empty when absent.</summary>
    public ReadOnlySpan<byte> Reason { get; }

    public uint GetSource(int index)
    {
        if ((uint)index >= (uint)SourceCount)
            throw new ArgumentOutOfRangeException(nameof(index));
        return _sourceValues.IsEmpty ? BinaryPrimitives.ReadUInt32BigEndian(_sourceBytes[(index * SourceSize)..]) : _sourceValues[index];
    }

    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpGoodbye goodbye, out RtcpParseError error)
    {
        goodbye = default;
        if (!RtcpHeader.TryParse(data, RtcpPacketType.Goodbye, out var header, out var body, out error))
            return false;
        int sourcesLength = header.Count * SourceSize;
        if (sourcesLength > body.Length)
            return RtcpHeader.Fail(RtcpParseError.CountOverrun, out error);
        var rest = body[sourcesLength..];
        ReadOnlySpan<byte> reason = default;
        if (!rest.IsEmpty)
        {
            int reasonLength = rest[0];
            if (ReasonLengthSize + reasonLength > rest.Length)
                return RtcpHeader.Fail(RtcpParseError.TextOverrun, out error);
            reason = rest.Slice(ReasonLengthSize, reasonLength);
        }
        goodbye = new RtcpGoodbye(body[..sourcesLength], reason);
        return true;
    }

    public int GetSerializedSize()
    {
        int size = RtcpHeader.Size + SourceCount * SourceSize;
        if (!Reason.IsEmpty)
            size += RoundUpToWord(ReasonLengthSize + Reason.Length);
        return size;
    }

    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = GetSerializedSize();
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }
        RtcpHeader.Write(destination, SourceCount, RtcpPacketType.Goodbye, written);
        int offset = RtcpHeader.Size;
        for (int i = 0; i < SourceCount; i++, offset += SourceSize)
            BinaryPrimitives.WriteUInt32BigEndian(destination[offset..], GetSource(i));
        if (!Reason.IsEmpty)
        {
            destination[offset] = (byte)Reason.Length;
            Reason.CopyTo(destination[(offset + ReasonLengthSize)..]);
            destination[(offset + ReasonLengthSize + Reason.Length)..written].Clear();
        }
        return true;
    }

    public byte[] ToArray()
    {
        var bytes = new byte[GetSerializedSize()];
        TryWrite(bytes, out _);
        return bytes;
    }

    public bool ContentEquals(in RtcpGoodbye other)
    {
        if (SourceCount != other.SourceCount || !Reason.SequenceEqual(other.Reason))
            return false;
        for (int i = 0; i < SourceCount; i++)
        {
            if (GetSource(i) != other.GetSource(i))
                return false;
        }
        return true;
    }

    internal static int RoundUpToWord(int length) => (length + RtcpHeader.WordSize - 1) / RtcpHeader.WordSize * RtcpHeader.WordSize;
}
