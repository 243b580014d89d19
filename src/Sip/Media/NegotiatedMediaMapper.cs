using System.Net;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Sdp;

namespace MediaCore.Sip.Media;

/// <summary>
/// Maps the signalling's offer/answer outcome (<see cref="SdpNegotiatedMedia"/>) to what the media plane needs
/// (<see cref="MediaDescription"/>), and the SDP direction to hold.
/// </summary>
public static class NegotiatedMediaMapper
{
    /// <summary>False when the codec is not one the media plane implements or the address is not an IP literal.</summary>
    public static bool TryMap(SdpNegotiatedMedia negotiated, out MediaDescription? description, out string? error)
    {
        ArgumentNullException.ThrowIfNull(negotiated);
        description = null;
        if (!TryMapCodec(negotiated.Codec, out var codec))
        {
            error = $"codec {negotiated.Codec.Name}/{negotiated.Codec.ClockRate} is not supported by the media plane";
            return false;
        }
        if (!IPAddress.TryParse(negotiated.RemoteAddress, out var address))
        {
            error = $"remote media address '{negotiated.RemoteAddress}' is not an IP address";
            return false;
        }
        if (negotiated.RemotePort is <= 0 or > IPEndPoint.MaxPort)
        {
            error = $"remote media port {negotiated.RemotePort} is out of range";
            return false;
        }
        var rtcp = negotiated.RemoteRtcpPort is int rtcpPort and > 0 and <= IPEndPoint.MaxPort ? new IPEndPoint(address, rtcpPort) : null;
        byte? eventType = negotiated.TelephoneEventPayloadType is int pt and >= 0 and <= 127 ? (byte)pt : null;
        description = new MediaDescription(new IPEndPoint(address, negotiated.RemotePort), codec!, eventType, rtcp);
        error = null;
        return true;
    }

    /// <summary>
    /// Hold pauses our sending and the media timeout: the peer holds us (sendonly/inactive offer → we may not send) or we
    /// may not send for another reason. An old-style hold (c=0.0.0.0, RFC 2543) counts too.
    /// </summary>
    public static bool IsHold(SdpNegotiatedMedia negotiated) =>
        negotiated.RemoteIsHolding || !negotiated.LocalDirection.CanSend() || negotiated.RemoteAddress == "0.0.0.0";

    private static bool TryMapCodec(SdpCodec codec, out NegotiatedCodec? mapped)
    {
        mapped = null;
        if (codec.PayloadType is < 0 or > 127)
            return false;
        var candidate = new NegotiatedCodec((byte)codec.PayloadType, codec.Name, codec.ClockRate);
        bool supported = (candidate.IsPcmu || candidate.IsPcma) && codec.ClockRate == 8000 || candidate.IsOpus && codec.ClockRate == 48000;
        if (supported)
            mapped = candidate;
        return supported;
    }
}
