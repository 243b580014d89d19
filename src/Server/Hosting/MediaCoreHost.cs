using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;
using MediaCore.Server.Control;
using MediaCore.Server.Control.Live;
using MediaCore.Server.Logging;
using MediaCore.Server.Metrics;
using MediaCore.Server.Streams.Agent;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Everything `mediacore serve` runs, composed: the tenant registry, the SIP endpoint with its agents, the gRPC
/// control API over the live calls (<see cref="SipCallControl"/>) and the tenant folder
/// (<see cref="RegistryTenantCatalog"/>), the Prometheus endpoint fed by the calls and agents, and the HTTP front
/// (browser page + WebSocket streams) sharing the same per-tenant agents. Each service but SIP can be disabled in
/// the configuration; the bound addresses are logged and exposed (port 0 binds a free port).
/// Disposing stops the HTTP services first, then hangs up SIP calls with BYE.
/// </summary>
public sealed class MediaCoreHost : IAsyncDisposable
{
    /// <summary>The logger category of the per-call JSON lines.</summary>
    public const string CallLogCategory = "MediaCore.Calls";

    private readonly List<IAsyncDisposable> _services = [];
    private readonly AgentEngines? _ownedEngines;
    private readonly ILoggerFactory _callLogs;

    private MediaCoreHost(ServeConfig config, TenantRegistry tenants, AgentEngines? ownedEngines, Action<ILoggingBuilder>? configureLogging)
    {
        Config = config;
        Tenants = tenants;
        _ownedEngines = ownedEngines;
        Metrics = new MediaCoreMetrics(new MetricsRegistry());
        Events = new CallEventHub();
        // Per-call lines as JSON (call id and tenant in every line), configured like the Kestrel services' logs.
        _callLogs = LoggerFactory.Create(configureLogging ?? ServerLogging.AddJsonLines);
        Calls = new SipCallControl(Events, Metrics, _callLogs.CreateLogger(CallLogCategory));
    }

    public ServeConfig Config { get; }
    public TenantRegistry Tenants { get; }
    public MediaCoreMetrics Metrics { get; }
    public CallEventHub Events { get; }
    public SipCallControl Calls { get; }
    public SipServer Sip { get; private set; } = null!;
    public ControlServer? Control { get; private set; }
    public MetricsServer? MetricsEndpoint { get; private set; }
    public HttpFrontServer? Http { get; private set; }
    /// <summary>Call records (config records:); null when not configured.</summary>
    public RecordsHosting? Records { get; private set; }

    public static async Task<MediaCoreHost> StartAsync(MediaCoreHostOptions options, CancellationToken cancellationToken = default)
    {
        var config = options.Config;
        var registry = new TenantRegistry(TenantFolder.Resolve(config.TenantsFolder));
        bool needsAgents = options.Handler is null || (config.HttpListen is not null && (config.BrowserEnabled || config.StreamsEnabled));
        var owned = needsAgents && options.Engines is null ? AgentEngines.CreateDefault() : null;
        var host = new MediaCoreHost(config, registry, owned, options.ConfigureLogging);
        try
        {
            await host.StartServicesAsync(options, options.Engines ?? owned, cancellationToken).ConfigureAwait(false);
            return host;
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task StartServicesAsync(MediaCoreHostOptions options, AgentEngines? engines, CancellationToken ct)
    {
        var log = options.Log;
        foreach (var error in Tenants.Current.Errors)
            log("tenants: " + error);
        log($"tenants: {Tenants.Current.Tenants.Count} from {Tenants.Folder}");
        if (Tenants.Current.FindById(Config.DefaultTenant) is null)
            log($"tenants: default tenant '{Config.DefaultTenant}' not found; unrouted calls get the stand-in rules");
        if (Config.Records is { } recordsConfig)
            Records = await RecordsHosting.StartAsync(recordsConfig, log, ct).ConfigureAwait(false);
        var routing = new SipTenantRouting(Tenants, Config.DefaultTenant);
        var bridge = new AgentEventBridge(Calls, Metrics);
        var agents = engines is null ? null : PipelineStreamCallHandlerFactory.FromRegistry(Metered(engines), Tenants, AgentOptionsFor(Config));
        var agentSelector = agents is null ? null : new LiveAgentSelector(agents, bridge, routing);

        var selector = options.Handler ?? agentSelector!;
        Sip = new SipServer(Config, new TrackedHandlerSelector(selector, Calls, routing), log);
        Sip.Start();
        Calls.Bind(Sip.Endpoint, Config.Trunks, (call, tenant) => agentSelector is not null
            ? agentSelector.Create(call, tenant.Length > 0 ? tenant : Config.DefaultTenant)
            : throw new CallControlException(CallControlError.Unavailable, "originated calls need the agent (serve --handler agent)"));

        if (Config.ControlListen is { } control)
        {
            Control = await ControlServer.StartAsync(new ControlServerOptions
            {
                Address = control.Address.ToString(),
                Port = control.Port,
                Token = Config.ControlToken,
                TokenFile = Config.ControlTokenFile ?? ControlServerOptions.DefaultTokenFile(),
                CertificatePath = Config.ControlCertificate,
                ConfigureLogging = options.ConfigureLogging,
            }, Calls, new RegistryTenantCatalog(Tenants), Events, ct, Records?.Service).ConfigureAwait(false);
            _services.Add(Control);
            log($"control API on {control.Address}:{Control.Port} ({(Config.ControlCertificate is null ? "h2c" : "h2 over TLS")})");
        }
        if (Config.MetricsListen is { } metrics)
        {
            MetricsEndpoint = await MetricsServer.StartAsync(Metrics.Registry, metrics.Address.ToString(), metrics.Port,
                options.ConfigureLogging, ct).ConfigureAwait(false);
            _services.Add(MetricsEndpoint);
            log($"metrics on http://{metrics.Address}:{MetricsEndpoint.Port}/metrics");
        }
        if (Config.HttpListen is { } http && agents is not null && (Config.BrowserEnabled || Config.StreamsEnabled))
        {
            // Stream calls are not SIP calls (no control API actions) but their turns and barge-ins count in the metrics.
            agents.HandlerCreated += handler =>
            {
                if (handler.Tenant is { } tenant)
                    bridge.Observe(agents.AgentsFor(tenant.Id).Events);
            };
            Http = await HttpFrontServer.StartAsync(http, Config.BrowserEnabled, Config.StreamsEnabled, Config.StreamsToken, Control?.Token,
                new RegistryTenantDirectory(Tenants), agents, options.ConfigureLogging, ct).ConfigureAwait(false);
            _services.Add(Http);
            log($"http on http://{http.Address}:{Http.Port}/" + (Config.BrowserEnabled ? " (browser page)" : "")
                + (Config.StreamsEnabled ? " streams /streams/exotel|plivo|twilio" : ""));
        }
    }

    // Every agent (SIP and streams) runs on these: their STT and TTS report their real-time factor.
    private AgentEngines Metered(AgentEngines engines) => engines.WithEngines(
        stt => new MeteredSpeechToText(stt, Metrics.SttRealTimeFactor),
        voice => new MeteredTextToSpeech(voice, Metrics.TtsRealTimeFactor));

    /// <summary>
    /// With an llm: section every agent's brain is that endpoint with its tenant's tools (one HttpClient for all calls);
    /// with records: every agent call is recorded and returning callers are recognised.
    /// </summary>
    private AgentOptions? AgentOptionsFor(ServeConfig config)
    {
        if (config.Llm is null && Records is null)
            return null;
        HttpClient? http = null;
        if (config.Llm is not null)
        {
            http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan }; // the brain enforces its own timeouts
            _services.Add(new DisposableService(http));
        }
        return new AgentOptions { ServerLlm = config.Llm, LlmHttp = http, Records = Records?.Recording };
    }

    private sealed class DisposableService(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    public async ValueTask DisposeAsync()
    {
        for (int i = _services.Count - 1; i >= 0; i--)
            await _services[i].DisposeAsync().ConfigureAwait(false);
        Events.CompleteAll();
        if (Sip is not null)
            await Sip.DisposeAsync().ConfigureAwait(false);
        if (Records is not null)
            await Records.DisposeAsync().ConfigureAwait(false); // after the BYEs: the calls' ends are written first
        _ownedEngines?.Dispose();
        Tenants.Dispose();
        _callLogs.Dispose();
    }
}
