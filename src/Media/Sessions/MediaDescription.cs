using System.Net;

namespace MediaCore.Media.Sessions;

/// <summary>
/// What the remote side's session description says about its audio stream, reduced to what the RTP session needs.
/// </summary>
/// <param name="RemoteRtp">Where the peer wants RTP (c= address, m= port).</param>
/// <param name="Codec">The negotiated audio codec (first common format of the answer).</param>
/// <param name="TelephoneEventPayloadType">RFC 4733 telephone-event payload type, if negotiated.</param>
/// <param name="RemoteRtcp">Where the peer wants RTCP (a=rtcp); null means RTP port + 1 (RFC 3550 §11).</param>
/// <param name="RtcpMux">Both sides agreed on a=rtcp-mux (RFC 5761): RTCP shares the RTP port.</param>
public sealed record MediaDescription(
    IPEndPoint RemoteRtp,
    NegotiatedCodec Codec,
    byte? TelephoneEventPayloadType = null,
    IPEndPoint? RemoteRtcp = null,
    bool RtcpMux = false)
{
    /// <summary>Clock rate of telephone-event (RFC 4733 §2.1: it matches the audio codec's unless SDP says otherwise).</summary>
    public int? TelephoneEventClockRate { get; init; }

    public IPEndPoint EffectiveRemoteRtcp =>
        RtcpMux ? RemoteRtp : RemoteRtcp ?? new IPEndPoint(RemoteRtp.Address, RemoteRtp.Port + 1);

    public int EffectiveTelephoneEventClockRate => TelephoneEventClockRate ?? Codec.ClockRate;
}
