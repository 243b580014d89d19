using MediaCore.Server.Agent;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Hosting;

/// <summary>What <see cref="MediaCoreHost"/> runs: the serve configuration and who answers SIP calls.</summary>
public sealed class MediaCoreHostOptions
{
    public ServeConfig Config { get; init; } = new();

    /// <summary>Who answers inbound SIP calls; null = the tenant's voice agent (<see cref="LiveAgentSelector"/>).</summary>
    public ICallHandlerSelector? Handler { get; init; }

    /// <summary>Human-readable startup and call log lines.</summary>
    public Action<string> Log { get; init; } = _ => { };

    /// <summary>Replaces the JSON-lines console logging of the Kestrel services (tests silence it).</summary>
    public Action<ILoggingBuilder>? ConfigureLogging { get; init; }

    /// <summary>Shared engines (tests reuse one set); null = <see cref="AgentEngines.CreateDefault"/> when needed. Not disposed by the host.</summary>
    public AgentEngines? Engines { get; init; }
}
