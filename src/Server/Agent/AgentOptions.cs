using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Brains.OpenAi;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;
using MediaCore.Server.Agent.Records;

namespace MediaCore.Server.Agent;

/// <summary>How <see cref="AgentCallHandlerFactory"/> builds each call's agent.</summary>
public sealed record AgentOptions
{
    /// <summary>The tenant answering (greeting, grammar phrases, rule dialog); null: the restaurant stand-in rules.</summary>
    public TenantConfig? Tenant { get; init; }

    /// <summary>Overrides the brain (e.g. an <c>OpenAiChatBrain</c>); called once per call with its id.</summary>
    public Func<string, IAgentBrain>? BrainFactory { get; init; }

    /// <summary>
    /// Reads the variables a tenant's <c>llm:</c> section names (base URL, API key). When the base-URL variable is set
    /// the tenant's calls use an <see cref="OpenAiChatBrain"/> with the tenant's tools; unset, its rule dialog.
    /// </summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>
    /// The serve file's <c>llm:</c> endpoint: when set, every tenant's calls use it, with the tenant's tools, whatever
    /// the tenant's own section says (null: each tenant's section decides).
    /// </summary>
    public OpenAiChatOptions? ServerLlm { get; init; }

    /// <summary>Timeouts, retries and the spoken fallback line of the tenant's LLM (URL, model, key come from the tenant).</summary>
    public OpenAiChatOptions Llm { get; init; } = new();

    /// <summary>The HTTP client LLM brains share (null: one process-wide client).</summary>
    public HttpClient? LlmHttp { get; init; }

    /// <summary>Bookings, calendars and notifications the tenant dialogs use (shared across calls).</summary>
    public BusinessServices Services { get; init; } = new();

    /// <summary>The dialogs' clock (tests pin it so "tomorrow at eight thirty" is always bookable).</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>Pipeline settings; greeting, consent, recognition phrases and prompt are filled from the tenant.</summary>
    public CallPipelineOptions Pipeline { get; init; } = new();

    /// <summary>Extra phrases for the recognition grammar (e.g. a demo script's lines).</summary>
    public IReadOnlyList<string> ExtraPhrases { get; init; } = [];

    /// <summary>Receives pipeline log lines at or above <see cref="LogLevel"/>.</summary>
    public Action<string>? LogSink { get; init; }

    public PipelineLogLevel LogLevel { get; init; } = PipelineLogLevel.Warning;

    /// <summary>Call records (store, caller hasher, clock); null: calls are not recorded.</summary>
    public CallRecordingOptions? Records { get; init; }
}
