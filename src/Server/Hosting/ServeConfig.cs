using System.Net;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Trunks;

namespace MediaCore.Server.Hosting;

/// <summary>
/// What `mediacore serve` binds and accepts. The defaults (no --config) listen on 127.0.0.1:5060 UDP+TCP with the demo
/// loopback trunk, RTP on 127.0.0.1 ports 20000-29999, the control API on 127.0.0.1:50051 (h2c), metrics on
/// 127.0.0.1:9090 and the browser page + WebSocket streams on 127.0.0.1:8080. Port 0 picks a free port.
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

    /// <summary>The gRPC control API (h2c, or TLS with <see cref="ControlCertificate"/>); null disables it.</summary>
    public IPEndPoint? ControlListen { get; init; } = new(IPAddress.Loopback, 50051);

    /// <summary>The control API's bearer token; else MEDIACORE_CONTROL_TOKEN; else <see cref="ControlTokenFile"/>.</summary>
    public string? ControlToken { get; init; }

    /// <summary>Where a generated control token is kept (null: the per-user default).</summary>
    public string? ControlTokenFile { get; init; }

    public string? ControlCertificate { get; init; }

    /// <summary>Prometheus /metrics and /healthz; null disables it.</summary>
    public IPEndPoint? MetricsListen { get; init; } = new(IPAddress.Loopback, 9090);

    /// <summary>The HTTP front: browser page and WebSocket streams; null disables both.</summary>
    public IPEndPoint? HttpListen { get; init; } = new(IPAddress.Loopback, 8080);

    public bool BrowserEnabled { get; init; } = true;

    public bool StreamsEnabled { get; init; } = true;

    /// <summary>The secret stream providers send (header, URL segment); null admits loopback clients only.</summary>
    public string? StreamsToken { get; init; }

    /// <summary>The tenant folder (null: $MEDIACORE_TENANTS_DIR, then samples/tenants above the working directory).</summary>
    public string? TenantsFolder { get; init; }

    /// <summary>Call records (store, retention); null: calls are not recorded.</summary>
    public RecordsServeConfig? Records { get; init; }

    /// <summary>The tenant of calls whose trunk/DID names none the registry knows.</summary>
    public string DefaultTenant { get; init; } = "himalayan-kitchen";

    /// <summary>
    /// An OpenAI-compatible chat endpoint that answers every agent call instead of the tenants' rule dialogs (greeting
    /// and persona prompt still come from the tenant); null keeps the rule dialogs.
    /// </summary>
    public MediaCore.Pipeline.Brains.OpenAi.OpenAiChatOptions? Llm { get; init; }
}
