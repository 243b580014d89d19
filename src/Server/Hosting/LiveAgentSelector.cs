using MediaCore.Media.Handlers;
using MediaCore.Server.Agent;
using MediaCore.Server.Control.Live;
using MediaCore.Server.Streams.Agent;
using MediaCore.Sip.Calls;

namespace MediaCore.Server.Hosting;

/// <summary>
/// The agent for SIP calls under <see cref="MediaCoreHost"/>: each call gets the agent of its tenant (the same
/// per-tenant factories the WebSocket streams use, so a tenant edit applies to the next call of either kind), and
/// the factory's events are bridged to the control API.
/// </summary>
public sealed class LiveAgentSelector(PipelineStreamCallHandlerFactory agents, AgentEventBridge bridge, SipTenantRouting routing)
    : IAsyncCallHandlerSelector
{
    public string Description => $"the tenant's agent (default {routing.DefaultTenant})";

    public ICallAudioHandler Select(SipCall call) => Create(call, routing.Resolve(call));

    /// <summary>The agent of <paramref name="tenantId"/> for a call (inbound or originated), not yet attached.</summary>
    public AgentCallHandler Create(SipCall call, string tenantId)
    {
        var factory = agents.AgentsFor(tenantId);
        bridge.Observe(factory.Events);
        return factory.CreateFor(call);
    }

    /// <summary>With call records on, looks the caller up first so a returning caller is greeted by name.</summary>
    public async Task<ICallAudioHandler> SelectAsync(SipCall call, CancellationToken cancellationToken)
    {
        var factory = agents.AgentsFor(routing.Resolve(call));
        bridge.Observe(factory.Events);
        return await factory.CreateForAsync(call, cancellationToken).ConfigureAwait(false);
    }
}
