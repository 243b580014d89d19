using System.Net;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Calls;

/// <summary>How a <see cref="SipEndpoint"/> binds and behaves. Defaults: UDP and TCP on 127.0.0.1:5060, the demo loopback trunk.</summary>
public sealed record SipEndpointOptions
{
    /// <summary>UDP listener; null disables UDP. Port 0 picks a free port.</summary>
    public IPEndPoint? UdpBind { get; init; } = new(IPAddress.Loopback, 5060);

    /// <summary>TCP listener; null disables TCP.</summary>
    public IPEndPoint? TcpBind { get; init; } = new(IPAddress.Loopback, 5060);

    public TimeSpan TcpIdleTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public SipTimerSettings Timers { get; init; } = SipTimerSettings.Default;

    public IReadOnlyList<TrunkProfile> Trunks { get; init; } = new[] { TrunkProfile.DemoLoopback() };

    /// <summary>Our codecs in preference order (telephone-event included for DTMF).</summary>
    public IReadOnlyList<SdpCodec> Codecs { get; init; } = new[] { SdpCodec.Pcmu, SdpCodec.Pcma, SdpCodec.TelephoneEvent };

    /// <summary>An inbound call the handler neither answers nor rejects within this time gets 480 (the INVITE must end).</summary>
    public TimeSpan UnansweredTimeout { get; init; } = TimeSpan.FromMinutes(2);

    public string UserAgent { get; init; } = "MediaCore/0.1";

    /// <summary>The user part of our Contact URI.</summary>
    public string ContactUser { get; init; } = "mediacore";

    /// <summary>Where log lines go (phone numbers are masked before they get here).</summary>
    public Action<string> Log { get; init; } = _ => { };
}
