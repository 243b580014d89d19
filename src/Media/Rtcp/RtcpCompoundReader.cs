namespace MediaCore.Media.Rtcp;

/// <summary>
/// Iterates the sub-packets of a compound RTCP datagram (RFC 3550 §6.1), checking each common header and, as in
/// the validity checks of Appendix A.2, that the first packet is an SR or RR and that only the last one is padded.
/// Each packet handed out is exactly its length-field bytes, ready for the per-type TryParse. Never throws.
/// </summary>
public ref struct RtcpCompoundReader
{
    private readonly ReadOnlySpan<byte> _datagram;
    private readonly bool _requireReportFirst;
    private int _offset;
    private int _index;

    /// <param name="requireReportFirst">False accepts RFC 5506 reduced-size RTCP, which may start with any type.</param>
    public RtcpCompoundReader(ReadOnlySpan<byte> datagram, bool requireReportFirst = true)
    {
        _datagram = datagram;
        _requireReportFirst = requireReportFirst;
        _offset = 0;
        _index = 0;
        Error = RtcpParseError.None;
    }

    /// <summary>Set when iteration stopped on malformed data rather than at the end.</summary>
    public RtcpParseError Error { get; private set; }

    /// <summary>Count of packets handed out so far.</summary>
    public readonly int PacketsRead => _index;

    public bool TryReadNext(out RtcpHeader header, out ReadOnlySpan<byte> packet)
    {
        header = default;
        packet = default;
        if (Error != RtcpParseError.None || _offset >= _datagram.Length)
            return false;
        var rest = _datagram[_offset..];
        if (!RtcpHeader.TryParse(rest, out header, out _, out var error))
            return Stop(error);
        if (_index == 0 && _requireReportFirst && header.PacketType is not ((byte)RtcpPacketType.SenderReport or (byte)RtcpPacketType.ReceiverReport))
            return Stop(RtcpParseError.FirstPacketNotReport);
        if (header.Padding && header.PacketLength != rest.Length)
            return Stop(RtcpParseError.PaddingNotLast);
        packet = rest[..header.PacketLength];
        _offset += header.PacketLength;
        _index++;
        return true;
    }

    /// <summary>Walks the whole datagram; true when every sub-packet header is valid.</summary>
    public static bool Validate(ReadOnlySpan<byte> datagram, out int packetCount, out RtcpParseError error, bool requireReportFirst = true)
    {
        var reader = new RtcpCompoundReader(datagram, requireReportFirst);
        while (reader.TryReadNext(out _, out _))
        {
        }
        packetCount = reader.PacketsRead;
        error = reader.Error;
        if (error == RtcpParseError.None && packetCount == 0)
            error = RtcpParseError.TooShort;
        return error == RtcpParseError.None;
    }

    private bool Stop(RtcpParseError error)
    {
        Error = error;
        return false;
    }
}
