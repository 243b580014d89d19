using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using MediaCore.Sip.Messages;

namespace MediaCore.Server.Hosting;

/// <summary>
/// The running SIP side of `mediacore serve`: one <see cref="SipEndpoint"/> with RTP media on a shared tick scheduler,
/// answering every authorised inbound call with the handler the <see cref="ICallHandlerSelector"/> picks.
/// Disposing hangs up active calls with BYE, then closes the transports.
/// </summary>
public sealed class SipServer : IAsyncDisposable
{
    private readonly MediaTickScheduler _scheduler = new();
    private readonly ICallHandlerSelector _selector;
    private readonly Action<string> _log;

    public SipServer(ServeConfig config, ICallHandlerSelector selector, Action<string> log)
    {
        _selector = selector;
        _log = log;
        Media = new RtpCallMediaFactory(_scheduler, new RtpCallMediaOptions
        {
            Session = new RtpSessionOptions { LocalAddress = config.RtpAddress, Ports = config.RtpPorts, MediaTimeout = config.MediaTimeout },
            AdvertisedAddress = config.AdvertisedAddress,
        });
        Endpoint = new SipEndpoint(new SipEndpointOptions
        {
            UdpBind = config.SipUdp,
            TcpBind = config.SipTcp,
            Trunks = config.Trunks,
            Codecs = config.Codecs,
            Log = log,
        }, Media);
        Endpoint.IncomingCall += OnIncomingCall;
    }

    public SipEndpoint Endpoint { get; }

    public RtpCallMediaFactory Media { get; }

    public void Start()
    {
        Endpoint.Start();
        _log($"RTP on {Media.Options.Session.LocalAddress} ports {Media.Options.Session.Ports.First}-{Media.Options.Session.Ports.Last}; calls answered with: {_selector.Description}");
    }

    private void OnIncomingCall(SipCall call) => _ = AnswerAsync(call);

    // Runs synchronously to the end for a plain selector; an async one (records lookup) answers once it has chosen.
    private async Task AnswerAsync(SipCall call)
    {
        try
        {
            call.UseAudioHandler(_selector is IAsyncCallHandlerSelector selector
                ? await selector.SelectAsync(call, CancellationToken.None).ConfigureAwait(false)
                : _selector.Select(call));
        }
        catch (Exception e)
        {
            _log($"call {call.CallId}: no handler ({e.Message}); rejecting");
            call.Reject(SipStatusCodes.ServiceUnavailable);
            return;
        }
        call.Answered += c => _log($"call {c.CallId} answered: {c.NegotiatedMedia?.Codec.Name} (tenant {c.Tenant}, trunk {c.Trunk?.Name})");
        call.Ended += (c, e) => _log($"call {c.CallId} ended: {e.Reason}" + (c.RtpMedia()?.TimeoutReason is { } why ? $" ({why})" : ""));
        call.Answer();
    }

    public async ValueTask DisposeAsync()
    {
        int active = Endpoint.ActiveCallCount;
        if (active > 0)
            _log($"shutting down: hanging up {active} call(s)");
        await Endpoint.DisposeAsync().ConfigureAwait(false);
        _scheduler.Dispose();
    }
}
