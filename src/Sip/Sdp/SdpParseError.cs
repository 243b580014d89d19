namespace MediaCore.Sip.Sdp;

/// <summary>Why an SDP body was rejected (the call layer answers 400 or 488 depending on context).</summary>
public enum SdpParseError
{
    None = 0,
    Empty,

    /// <summary>A line is not "&lt;letter&gt;=&lt;value&gt;" or contains control characters.</summary>
    BadLineFormat,

    /// <summary>A type letter RFC 4566 does not define (§5: a parser must reject what it does not understand).</summary>
    UnknownLineType,

    /// <summary>A known line in a place the grammar does not allow (e.g. o= after m=, t= before s=).</summary>
    LineOutOfOrder,

    MissingVersion,
    BadVersion,
    MissingOrigin,
    BadOrigin,
    MissingSessionName,
    MissingTiming,
    BadTiming,
    BadConnection,

    /// <summary>A media stream has no c= and the session has none either (RFC 4566 §5.7).</summary>
    MissingConnection,

    BadMedia,

    /// <summary>A known attribute (rtpmap, fmtp, ptime, maxptime, rtcp) with an unparsable value.</summary>
    BadAttribute,

    TooLarge,
}
