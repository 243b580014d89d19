namespace MediaCore.Media.Rtp;

/// <summary>Why <see cref="RtpPacket.TryParse"/> rejected a datagram. One value per distinct wire violation.</summary>
public enum RtpParseError
{
    None = 0,

    /// <summary>Fewer than the 12 bytes of the fixed header.</summary>
    TooShort,

    /// <summary>The V field is not 2 (RFC 3550 §5.1).</summary>
    BadVersion,

    /// <summary>The CC field announces more CSRC identifiers than the datagram holds.</summary>
    CsrcOverrun,

    /// <summary>The X bit is set but the extension header or its announced length runs past the datagram.</summary>
    ExtensionOverrun,

    /// <summary>The P bit is set and the padding count is larger than what follows the header.</summary>
    PaddingTooLarge,

    /// <summary>The P bit is set but the padding count octet is zero (the count includes itself, so 0 is impossible).</summary>
    ZeroPaddingLength,
}
