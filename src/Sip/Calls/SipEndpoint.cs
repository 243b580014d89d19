using System.Net;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Calls;

/// <summary>
/// The SIP user agent facade: binds the transports, runs the transaction layer, authorises inbound calls against the
/// trunks, keeps the call table and raises <see cref="IncomingCall"/> so a handler decides (Ring / Answer / Reject).
/// With no handler attached inbound calls get 480. <see cref="Originate"/> places outbound calls.
/// </summary>
public sealed partial class SipEndpoint : ISipTransactionUser, IAsyncDisposable
{
    private readonly SipEndpointOptions _options;
    private readonly SipTimerQueue _timerQueue = new();
    private readonly SipTransportLayer _transport;
    private readonly SipTransactionLayer _transactions;
    private readonly TrunkAuthorizer _authorizer;
    private readonly CallServices _services;
    private readonly Dictionary<string, SipCall> _calls = new();
    private readonly Dictionary<SipTransaction, SipCall> _callsByInvite = new();

    public SipEndpoint(SipEndpointOptions options, ICallMediaFactory mediaFactory)
        : this(options, mediaFactory, CreateTransports(options))
    {
    }

    /// <summary>With explicit transports (tests inject a capturing transport to fuzz the receive path).</summary>
    public SipEndpoint(SipEndpointOptions options, ICallMediaFactory mediaFactory, IEnumerable<ISipTransport> transports)
    {
        _options = options;
        _transport = new SipTransportLayer(transports);
        _transactions = new SipTransactionLayer(_transport, _timerQueue, options.Timers) { User = this };
        _transport.Sink = _transactions;
        _transport.OnInternalError = e => options.Log("SIP internal error (message dropped): " + e.GetType().Name + ": " + e.Message);
        _authorizer = new TrunkAuthorizer(options.Trunks);
        _services = new CallServices
        {
            Transactions = _transactions,
            OfferAnswer = new SdpOfferAnswer(options.Codecs, username: "MediaCore"),
            MediaFactory = mediaFactory,
            ContactFor = ContactFor,
            UserAgent = options.UserAgent,
            Forget = Forget,
        };
    }

    /// <summary>A new inbound call that passed trunk authorisation and media negotiation; call Ring/Answer/Reject on it.</summary>
    public event Action<SipCall>? IncomingCall;

    public SipTransportLayer Transport => _transport;
    public SipTransactionLayer Transactions => _transactions;

    public int ActiveCallCount { get { lock (_transactions.Gate) return _calls.Count; } }

    public IPEndPoint? UdpEndPoint => _transport.LocalEndPoint(SipTransportProtocol.Udp);
    public IPEndPoint? TcpEndPoint => _transport.LocalEndPoint(SipTransportProtocol.Tcp);

    private static List<ISipTransport> CreateTransports(SipEndpointOptions options)
    {
        var transports = new List<ISipTransport>();
        if (options.UdpBind is not null) transports.Add(new UdpSipTransport(options.UdpBind));
        if (options.TcpBind is not null) transports.Add(new TcpSipTransport(options.TcpBind, options.TcpIdleTimeout));
        return transports;
    }

    /// <summary>Starts receiving and logs the bound addresses.</summary>
    public void Start()
    {
        _transport.Start();
        foreach (var t in _transport.Transports) _options.Log($"SIP listening on {t.Protocol.ToString().ToUpperInvariant()} {t.LocalEndPoint}");
        foreach (var trunk in _options.Trunks) _options.Log($"SIP trunk '{trunk.Name}' ({trunk.Kind}) sources: {string.Join(", ", trunk.AllowedSources)}");
    }

    /// <summary>Places an outbound call; watch its events for Ringing / Answered / Ended.</summary>
    public SipCall Originate(OriginateOptions options)
    {
        var nextHop = SipCall.ResolveNextHop(options);
        lock (_transactions.Gate)
        {
            var call = SipCall.CreateOutbound(_services, options, nextHop);
            _calls[KeyOf(call.CallId, call.LocalTagForTable)] = call;
            _options.Log($"SIP originate {call.CallId} to {LogMask.User(call.RemoteUser)}");
            call.SendInvite();
            return call;
        }
    }

    /// <summary>Registers with the trunk's registrar, reached through its outbound proxy or the registrar URI's IP.</summary>
    public SipRegistration Register(TrunkProfile trunk) =>
        Register(trunk, SipCall.ResolveNextHop(new OriginateOptions
        {
            Target = trunk.Registration?.Registrar ?? throw new ArgumentException("trunk has no registration settings", nameof(trunk)),
            Trunk = trunk,
        }));

    /// <summary>Starts registering with a trunk's registrar (<see cref="TrunkProfile.Registration"/> must be set).</summary>
    public SipRegistration Register(TrunkProfile trunk, SipSource registrar)
    {
        var registration = new SipRegistration(_transactions, trunk, registrar, ContactFor);
        _options.Log($"SIP registering trunk '{trunk.Name}' at {registrar.Remote}");
        registration.Start();
        return registration;
    }

    private SipContact ContactFor(SipTransportProtocol protocol)
    {
        var local = _transport.LocalEndPoint(protocol) ?? _transport.Transports.FirstOrDefault()?.LocalEndPoint
            ?? new IPEndPoint(IPAddress.Loopback, 5060);
        var uri = new SipUri(local.Address.ToString(), _options.ContactUser, local.Port);
        if (protocol == SipTransportProtocol.Tcp) uri.Transport = "tcp";
        return new SipContact(new NameAddress(uri));
    }

    private static string KeyOf(string callId, string localTag) => callId + "|" + localTag;

    private void Forget(SipCall call)
    {
        foreach (var pair in _calls.Where(p => p.Value == call).ToList()) _calls.Remove(pair.Key);
        foreach (var pair in _callsByInvite.Where(p => p.Value == call).ToList()) _callsByInvite.Remove(pair.Key);
        _options.Log($"SIP call {call.CallId} ended: {call.EndInfo?.Reason}");
    }

    public async ValueTask DisposeAsync()
    {
        lock (_transactions.Gate)
            foreach (var call in _calls.Values.ToList()) call.Hangup();
        await _transport.DisposeAsync().ConfigureAwait(false);
        _timerQueue.Dispose();
    }
}
