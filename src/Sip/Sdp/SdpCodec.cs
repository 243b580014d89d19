namespace MediaCore.Sip.Sdp;

/// <summary>
/// A codec we can use, as it appears in SDP. <see cref="PayloadType"/> is the static PT (RFC 3551 §6) or the dynamic
/// PT we put in our own offers; in answers the offerer's dynamic PT is echoed (RFC 3264 §6.1).
/// </summary>
public sealed record SdpCodec(string Name, int ClockRate, int Channels, int PayloadType, string? Fmtp = null)
{
    public static SdpCodec Pcmu { get; } = new("PCMU", 8000, 1, 0);
    public static SdpCodec Pcma { get; } = new("PCMA", 8000, 1, 8);
    public static SdpCodec Opus { get; } = new("opus", 48000, 2, 111, "minptime=10;useinbandfec=1");

    /// <summary>RFC 4733 DTMF events 0-16 (digits, *, #, A-D, flash).</summary>
    public static SdpCodec TelephoneEvent { get; } = new("telephone-event", 8000, 1, 101, "0-16");

    /// <summary>Our default list, in our preference order.</summary>
    public static IReadOnlyList<SdpCodec> Defaults { get; } = new[] { Pcmu, Pcma, Opus, TelephoneEvent };

    public bool IsTelephoneEvent => string.Equals(Name, "telephone-event", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the rtpmap is needed (dynamic PT); we always write one anyway for clarity.</summary>
    public bool IsDynamic => PayloadType >= 96;

    public SdpRtpMap ToRtpMap() => new(PayloadType, Name, ClockRate, Channels > 1 ? Channels : null);

    /// <summary>Same encoding (name case-insensitive, clock rate, channels; RFC 4566 §6 / RFC 3264 §6.1).</summary>
    public bool Matches(SdpRtpMap map) =>
        string.Equals(Name, map.EncodingName, StringComparison.OrdinalIgnoreCase)
        && ClockRate == map.ClockRate
        && Channels == (map.Channels ?? 1);

    /// <summary>rtpmap for the static payload types of RFC 3551 Table 4 that an offer may leave implicit.</summary>
    public static SdpRtpMap? StaticRtpMap(int payloadType) => payloadType switch
    {
        0 => new SdpRtpMap(0, "PCMU", 8000),
        3 => new SdpRtpMap(3, "GSM", 8000),
        4 => new SdpRtpMap(4, "G723", 8000),
        8 => new SdpRtpMap(8, "PCMA", 8000),
        9 => new SdpRtpMap(9, "G722", 8000),
        13 => new SdpRtpMap(13, "CN", 8000),
        18 => new SdpRtpMap(18, "G729", 8000),
        _ => null,
    };
}
