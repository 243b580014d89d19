using System.Net;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Trunks;

namespace MediaCore.Server.Hosting;

/// <summary>
/// What `mediacore serve` binds and accepts. The defaults (no --config) listen on 127.0.0.1:5060 UDP+TCP with the demo
/// loopback trunk, RTP on 127.0.0.1 ports 20000-29999.
/// </summary>
public sealed record ServeConfig
{
    /// <summary>SIP over UDP; null disables it.</summary>
    public IPEndPoint? SipUdp { get; init; } = new(IPAddress.Loopback, 5060);

    /// <summary>SIP over TCP; null disables it.</summary>
    public IPEndPoint? SipTcp { get; init; } = new(IPAddress.Loopback, 5060);

    /// <summary>Our codecs in preference order (telephone-event is always added).</summary>
    public IReadOnlyList<SdpCodec> Codecs { get; init; } = [SdpCodec.Pcmu, SdpCodec.Pcma, SdpCodec.Opus, SdpCodec.TelephoneEvent];

    public IPAddress RtpAddress { get; init; } = IPAddress.Loopback;

    /// <summary>The SDP c= address; null = <see cref="RtpAddress"/> (loopback when it is 0.0.0.0).</summary>
    public IPAddress? AdvertisedAddress { get; init; }

    public RtpPortRange RtpPorts { get; init; } = RtpPortRange.Default;

    public TimeSpan MediaTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public IReadOnlyList<TrunkProfile> Trunks { get; init; } = [TrunkProfile.DemoLoopback()];
}
