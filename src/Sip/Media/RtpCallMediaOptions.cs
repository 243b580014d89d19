using System.Net;
using MediaCore.Media.Handlers;
using MediaCore.Media.Sessions;

namespace MediaCore.Sip.Media;

/// <summary>How <see cref="RtpCallMediaFactory"/> builds the media of each call.</summary>
public sealed record RtpCallMediaOptions
{
    /// <summary>The RTP session settings (bind address, port range, media timeout, jitter buffer, Opus bitrate).</summary>
    public RtpSessionOptions Session { get; init; } = new() { LocalAddress = IPAddress.Loopback };

    /// <summary>The address written into our SDP c= line; null = the session's bind address (loopback when bound to any).</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    /// <summary>
    /// The handler of a call the application attached none to before media started (see
    /// <see cref="RtpCallMedia.Handler"/>); null plays silence and discards what it hears.
    /// </summary>
    public Func<RtpCallMedia, ICallAudioHandler>? DefaultHandler { get; init; }

    internal IPAddress EffectiveAdvertisedAddress =>
        AdvertisedAddress ?? (Session.LocalAddress.Equals(IPAddress.Any) || Session.LocalAddress.Equals(IPAddress.IPv6Any)
            ? IPAddress.Loopback
            : Session.LocalAddress);
}
