using System.Collections.Concurrent;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;

namespace MediaCore.Server.Streams.Agent;

/// <summary>
/// Gives every stream call (Exotel, Plivo, Twilio, the browser demo) a voice agent for the tenant the resolver chose
/// (<see cref="StreamCallMetadata.TenantId"/>). Pipelines are built by <see cref="AgentCallHandlerFactory"/> over the
/// shared <see cref="AgentEngines"/>; one such factory per tenant configuration is kept (its grammar phrases are built
/// once), and a reloaded tenant file gets a fresh one. An unknown tenant id falls back to the stand-in rules.
/// </summary>
public sealed class PipelineStreamCallHandlerFactory : IStreamCallHandlerFactory
{
    private readonly AgentEngines _engines;
    private readonly Func<string, TenantConfig?> _findTenant;
    private readonly AgentOptions _options;
    private readonly ConcurrentDictionary<string, (TenantConfig? Tenant, AgentCallHandlerFactory Agents)> _agents = new(StringComparer.Ordinal);

    /// <param name="engines">Shared STT, TTS and VAD.</param>
    /// <param name="findTenant">The tenant with an id (e.g. <see cref="TenantRegistry.Current"/>'s FindById).</param>
    /// <param name="options">Everything but the tenant (services, clock, pipeline settings, log sink).</param>
    public PipelineStreamCallHandlerFactory(AgentEngines engines, Func<string, TenantConfig?> findTenant, AgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engines);
        ArgumentNullException.ThrowIfNull(findTenant);
        _engines = engines;
        _findTenant = findTenant;
        _options = options ?? new AgentOptions();
    }

    /// <summary>
    /// Tenants from the registry's current snapshot (hot reloads apply to the next call), by id or, failing that, by
    /// dialled number: the default stream resolver names the tenant by the start's `to` when no "tenant" parameter
    /// is given, and a provider pointed at serve sends the business's DID.
    /// </summary>
    public static PipelineStreamCallHandlerFactory FromRegistry(AgentEngines engines, TenantRegistry registry, AgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new PipelineStreamCallHandlerFactory(engines, id => registry.Current.FindById(id) ?? registry.Current.FindByDid(id), options);
    }

    /// <summary>Raised for every handler created (before the session starts it): tests and the demo watch calls here.</summary>
    public event Action<PipelineStreamCallHandler>? HandlerCreated;

    public IStreamCallHandler Create(StreamCallMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var tenant = _findTenant(metadata.TenantId);
        var handler = new PipelineStreamCallHandler(AgentsFor(tenant?.Id ?? metadata.TenantId, tenant), tenant);
        HandlerCreated?.Invoke(handler);
        return handler;
    }

    /// <summary>The agent factory (and its <see cref="AgentCallHandlerFactory.Events"/>) serving a tenant's calls.</summary>
    public AgentCallHandlerFactory AgentsFor(string tenantId)
    {
        var tenant = _findTenant(tenantId);
        return AgentsFor(tenant?.Id ?? tenantId, tenant); // one factory per tenant, however it was named
    }

    private AgentCallHandlerFactory AgentsFor(string tenantId, TenantConfig? tenant)
    {
        var entry = _agents.AddOrUpdate(tenantId,
            static (_, state) => (state.tenant, new AgentCallHandlerFactory(state.self._engines, state.self._options with { Tenant = state.tenant })),
            static (_, existing, state) => ReferenceEquals(existing.Tenant, state.tenant)
                ? existing
                : (state.tenant, new AgentCallHandlerFactory(state.self._engines, state.self._options with { Tenant = state.tenant })),
            (self: this, tenant));
        return entry.Agents;
    }
}
