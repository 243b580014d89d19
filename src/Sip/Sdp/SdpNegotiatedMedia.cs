namespace MediaCore.Sip.Sdp;

/// <summary>
/// The outcome of offer/answer for the audio stream: what the media pipeline needs to start RTP.
/// <see cref="Codec"/> carries the payload type to use on the wire (the offerer's numbering).
/// </summary>
public sealed record SdpNegotiatedMedia(
    SdpCodec Codec,
    int? TelephoneEventPayloadType,
    string RemoteAddress,
    int RemotePort,
    int? RemoteRtcpPort,
    SdpDirection LocalDirection,
    int Ptime,
    bool RemoteIsHolding)
{
    /// <summary>Index of the negotiated audio m= line in the SDP.</summary>
    public int MediaIndex { get; init; }
}
