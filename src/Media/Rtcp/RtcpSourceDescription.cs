using System.Buffers.Binary;

namespace MediaCore.Media.Rtcp;

/*
 RFC 3550 §6.5 — SDES: Source Description RTCP packet

        0                   1                   2                   3
        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
header |V=2|P|    SC   |  PT=SDES=202  |             length            |
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
chunk  |                          SSRC/CSRC_1                          |
  1    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |    type (8)   |   length (8)  |  text (length octets)       ...
       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
       |  ... more items, then a null octet (type 0) and zero padding to the next 32-bit boundary
       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+

 Only CNAME (type 1, §6.5.1) is interpreted; other items are skipped. Either parsed (a view over the chunks) or
 built for one source with one CNAME.
*/
/// <summary>An RTCP SDES view: validated chunks with CNAME lookup; built form carries one CNAME chunk.</summary>
public readonly ref struct RtcpSourceDescription
{
    public const byte EndItem = 0;
    public const byte CnameItem = 1;
    private const int SsrcSize = 4;
    private const int ItemHeaderSize = 2;

    private readonly ReadOnlySpan<byte> _chunks;
    private readonly uint _builtSsrc;
    private readonly ReadOnlySpan<byte> _builtCname;
    private readonly bool _built;

    /// <summary>One chunk: <paramref name="ssrc"/> with a CNAME item (at most 255 octets of UTF-8).</summary>
    public RtcpSourceDescription(uint ssrc, ReadOnlySpan<byte> cname)
    {
        if (cname.Length > byte.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(cname), cname.Length, "An SDES item is at most 255 octets.");
        _built = true;
        _builtSsrc = ssrc;
        _builtCname = cname;
        _chunks = default;
        ChunkCount = 1;
    }

    private RtcpSourceDescription(ReadOnlySpan<byte> chunks, int count)
    {
        _built = false;
        _builtSsrc = 0;
        _builtCname = default;
        _chunks = chunks;
        ChunkCount = count;
    }

    public int ChunkCount { get; }

    public static bool TryParse(ReadOnlySpan<byte> data, out RtcpSourceDescription description, out RtcpParseError error)
    {
        description = default;
        if (!RtcpHeader.TryParse(data, RtcpPacketType.SourceDescription, out var header, out var body, out error))
            return false;
        int offset = 0;
        for (int i = 0; i < header.Count; i++)
        {
            if (!TryReadChunk(body, ref offset, out _, out _, out error))
                return false;
        }
        description = new RtcpSourceDescription(body[..offset], header.Count);
        return true;
    }

    /// <summary>The CNAME of chunk <paramref name="ssrc"/>, if that chunk has one.</summary>
    public bool TryGetCname(uint ssrc, out ReadOnlySpan<byte> cname)
    {
        if (_built)
        {
            cname = ssrc == _builtSsrc ? _builtCname : default;
            return ssrc == _builtSsrc;
        }
        int offset = 0;
        for (int i = 0; i < ChunkCount; i++)
        {
            TryReadChunk(_chunks, ref offset, out uint chunkSsrc, out cname, out _);
            if (chunkSsrc == ssrc && !cname.IsEmpty)
                return true;
        }
        cname = default;
        return false;
    }

    /// <summary>The SSRC and CNAME of the first chunk.</summary>
    public bool TryGetFirstCname(out uint ssrc, out ReadOnlySpan<byte> cname)
    {
        ssrc = 0;
        cname = default;
        if (_built)
        {
            ssrc = _builtSsrc;
            cname = _builtCname;
            return true;
        }
        int offset = 0;
        return ChunkCount > 0 && TryReadChunk(_chunks, ref offset, out ssrc, out cname, out _) && !cname.IsEmpty;
    }

    public int GetSerializedSize() =>
        RtcpHeader.Size + RtcpGoodbye.RoundUpToWord(_built ? SsrcSize + ItemHeaderSize + _builtCname.Length + 1 : _chunks.Length);

    public bool TryWrite(Span<byte> destination, out int written)
    {
        written = GetSerializedSize();
        if (destination.Length < written)
        {
            written = 0;
            return false;
        }
        RtcpHeader.Write(destination, ChunkCount, RtcpPacketType.SourceDescription, written);
        var body = destination[RtcpHeader.Size..written];
        body.Clear();   // the zero octets that end and pad each chunk
        if (!_built)
        {
            _chunks.CopyTo(body);
            return true;
        }
        BinaryPrimitives.WriteUInt32BigEndian(body, _builtSsrc);
        body[SsrcSize] = CnameItem;
        body[SsrcSize + 1] = (byte)_builtCname.Length;
        _builtCname.CopyTo(body[(SsrcSize + ItemHeaderSize)..]);
        return true;
    }

    /// <summary>Walks one chunk from <paramref name="offset"/> (32-bit aligned) to the next aligned chunk.</summary>
    private static bool TryReadChunk(ReadOnlySpan<byte> body, scoped ref int offset, out uint ssrc, out ReadOnlySpan<byte> cname, out RtcpParseError error)
    {
        ssrc = 0;
        cname = default;
        if (body.Length - offset < SsrcSize + 1)
            return RtcpHeader.Fail(RtcpParseError.CountOverrun, out error);
        ssrc = BinaryPrimitives.ReadUInt32BigEndian(body[offset..]);
        int position = offset + SsrcSize;
        while (position < body.Length && body[position] != EndItem)
        {
            if (body.Length - position < ItemHeaderSize || body.Length - position - ItemHeaderSize < body[position + 1])
                return RtcpHeader.Fail(RtcpParseError.TextOverrun, out error);
            if (body[position] == CnameItem && cname.IsEmpty)
                cname = body.Slice(position + ItemHeaderSize, body[position + 1]);
            position += ItemHeaderSize + body[position + 1];
        }
        if (position >= body.Length)
            return RtcpHeader.Fail(RtcpParseError.TextOverrun, out error);
        offset = Math.Min(body.Length, RtcpGoodbye.RoundUpToWord(position + 1));
        error = RtcpParseError.None;
        return true;
    }
}
