namespace MediaCore.Media.Rtcp;

/// <summary>Why an RTCP parser rejected its input. One value per distinct wire violation.</summary>
public enum RtcpParseError
{
    None = 0,

    /// <summary>Fewer bytes than the common header or the packet type's fixed part.</summary>
    TooShort,

    /// <summary>The V field is not 2 (RFC 3550 §6.4.1).</summary>
    BadVersion,

    /// <summary>The length field announces more 32-bit words than the datagram holds.</summary>
    LengthOverrun,

    /// <summary>The PT field is not the type this parser reads.</summary>
    WrongPacketType,

    /// <summary>The RC/SC count announces more report blocks, sources or chunks than the length covers.</summary>
    CountOverrun,

    /// <summary>The P bit is set and the padding count is larger than the packet body.</summary>
    PaddingTooLarge,

    /// <summary>The P bit is set but the padding count octet is zero.</summary>
    ZeroPaddingLength,

    /// <summary>A BYE reason or SDES item length runs past the packet.</summary>
    TextOverrun,

    /// <summary>RFC 3550 A.2: the P bit may be set only on the last packet of a compound.</summary>
    PaddingNotLast,

    /// <summary>RFC 3550 §6.1: a compound packet must begin with an SR or RR.</summary>
    FirstPacketNotReport,
}
