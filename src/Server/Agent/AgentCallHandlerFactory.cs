using System.Collections.Concurrent;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Brains.OpenAi;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Latency;
using MediaCore.Pipeline.Records;
using MediaCore.Pipeline.Tools;
using MediaCore.Server.Agent.Records;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;

namespace MediaCore.Server.Agent;

/// <summary>
/// Gives each SIP call (incoming or outgoing) a voice agent: a <see cref="CallPipeline"/> over the shared
/// <see cref="AgentEngines"/> (per-call VAD detector and recognition session), the tenant's grammar phrases and
/// greeting with consent notice, and its brain (the tenant's rule dialog, the stand-in rules, or a configured one).
/// The pipeline's hang-up request (and a dialog's closing reply, once heard) hangs the call up; the call's end
/// disposes the pipeline.
/// </summary>
public sealed class AgentCallHandlerFactory
{
    private static readonly IReadOnlyDictionary<string, string> Pronunciations = new Dictionary<string, string>
    {
        ["momos"] = "M OW M OW Z", ["momo"] = "M OW M OW", ["masala"] = "M AH S AA L AH", ["thukpa"] = "T UH K P AH",
        ["paneer"] = "P AH N IH R", ["veg"] = "V EH JH", ["asha"] = "AA SH AH",
    };

    private static readonly HttpClient SharedLlmHttp = new();

    private readonly AgentEngines _engines;
    private readonly AgentOptions _options;
    private readonly IReadOnlyList<string> _phrases;
    private readonly ConcurrentDictionary<CallRecorder, byte> _recorders = new();

    public AgentCallHandlerFactory(AgentEngines engines, AgentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engines);
        _engines = engines;
        _options = options ?? new AgentOptions();
        var tenantPhrases = _options.Tenant is { } tenant ? TenantPhrases.For(tenant) : [];
        _phrases = [.. tenantPhrases, .. _options.ExtraPhrases];
    }

    /// <summary>Observers of every call this factory builds.</summary>
    public AgentCallEvents Events { get; } = new();

    /// <summary>Shared across calls: the per-stage latency histograms.</summary>
    public PipelineLatencyMetrics Metrics { get; } = new();

    /// <summary>The recognition phrases every call's grammar is built from.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Attaches an agent to <paramref name="call"/> (its media must be RTP media) and starts it; answer after.</summary>
    public AgentCallHandler Attach(SipCall call)
    {
        var handler = CreateFor(call);
        call.UseAudioHandler(handler);
        return handler;
    }

    /// <summary>
    /// Like <see cref="Attach"/>, but with records on it first writes the call row and looks the caller up, so a
    /// returning caller is greeted by name and the brain's prompt carries what was remembered.
    /// </summary>
    public async Task<AgentCallHandler> AttachAsync(SipCall call, CancellationToken cancellationToken = default)
    {
        var handler = await CreateForAsync(call, cancellationToken).ConfigureAwait(false);
        call.UseAudioHandler(handler);
        return handler;
    }

    /// <summary>Like <see cref="AttachAsync"/> without attaching: for an async handler selector (serve).</summary>
    public async Task<AgentCallHandler> CreateForAsync(SipCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        var recorder = StartRecorder(Describe(call));
        var memory = await RecallAsync(recorder, cancellationToken).ConfigureAwait(false);
        return CreateFor(call, recorder, memory);
    }

    /// <summary>
    /// The agent of a call that is not a SIP call (a provider stream, the browser page), started: with records on
    /// the call row is written and the caller looked up first (a returning caller is greeted by name). The caller
    /// tells the returned recorder (null with records off) when the call was answered and how it ended.
    /// </summary>
    public async Task<(AgentCallHandler Agent, CallRecorder? Recorder)> CreateRecordedAsync(RecordedCall call, Action<string> hangUp,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(hangUp);
        var recorder = StartRecorder(call);
        var memory = await RecallAsync(recorder, cancellationToken).ConfigureAwait(false);
        try
        {
            return (Create(call.CallId, hangUp, memory), recorder);
        }
        catch
        {
            recorder?.Failed();
            throw;
        }
    }

    /// <summary>For a handler selector: the agent of one call, hooked to its hang-up and end, not yet attached.
    /// With records on the call is recorded, but (synchronous) without the returning-caller greeting.</summary>
    public AgentCallHandler CreateFor(SipCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return CreateFor(call, StartRecorder(Describe(call)), memory: null);
    }

    /// <summary>Finishes when every recorded call that has ended has its end written (call before closing the store).</summary>
    public Task RecordsWrittenAsync() => Task.WhenAll(_recorders.Keys.Select(r => r.Completion));

    /// <summary>Builds and starts one call's agent; <paramref name="hangUp"/> ends the call (off the tick thread).</summary>
    public AgentCallHandler Create(string callId, Action<string> hangUp) => Create(callId, hangUp, memory: null);

    private static RecordedCall Describe(SipCall call) => new(call.CallId, call.Tenant, call.LocalUser ?? "unknown", call.RemoteUser);

    private static async Task<CallerMemory?> RecallAsync(CallRecorder? recorder, CancellationToken cancellationToken)
    {
        if (recorder is null)
            return null;
        try
        {
            return await recorder.RecallCallerAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null; // no memory is a first-time greeting, not a failed call
        }
    }

    private CallRecorder? StartRecorder(RecordedCall call)
    {
        if (_options.Records is not { } records)
            return null;
        var tenant = new TenantId(_options.Tenant?.Id ?? call.Tenant ?? records.DefaultTenant);
        var recorder = new CallRecorder(records, Events, tenant, call.CallId, call.Did, call.CallerNumber);
        _recorders.TryAdd(recorder, 0);
        recorder.Completion.ContinueWith(_ => _recorders.TryRemove(recorder, out byte _), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return recorder;
    }

    private AgentCallHandler CreateFor(SipCall call, CallRecorder? recorder, CallerMemory? memory)
    {
        AgentCallHandler handler;
        try
        {
            handler = Create(call.CallId, reason => call.Hangup(), memory);
            if (call.Media is RtpCallMedia media)
                handler.Rtp = media.Session;
        }
        catch
        {
            recorder?.Failed();
            throw;
        }
        call.Ended += (endedCall, end) =>
        {
            recorder?.Ended(end.Reason);
            _ = handler.Pipeline.DisposeAsync().AsTask();
        };
        if (recorder is not null)
        {
            call.Answered += _ => recorder.Answered();
            if (call.EndInfo is { } ended) // ended while the caller was being looked up
                recorder.Ended(ended.Reason);
        }
        return handler;
    }

    private AgentCallHandler Create(string callId, Action<string> hangUp, CallerMemory? memory)
    {
        var (brain, greeting, consent, prompt, endOfCall, tools) = BuildBrain(callId);
        greeting = ReturningCallerGreeting.Prefix(greeting, memory?.Name);
        var systemPrompt = prompt ?? _options.Pipeline.SystemPrompt;
        if (memory is not null)
            systemPrompt = ReturningCallerGreeting.Prompt(systemPrompt, memory.Describe());
        var options = _options.Pipeline with
        {
            Greeting = greeting,
            ConsentNotice = consent,
            SystemPrompt = systemPrompt,
            Recognition = _options.Pipeline.Recognition with { Language = "en", ExpectedPhrases = _phrases, Pronunciations = Pronunciations },
        };
        if (tools is not null)
            options = options with { Tools = tools.Definitions, ToolExecutor = tools };
        var log = new ObservedPipelineLog(Events, _options.LogSink, _options.LogLevel);
        var pipeline = new CallPipeline(callId, _engines.CreateDetector(), _engines.SpeechToText, _engines.Voice,
            new ObservedBrain(_options.Records is null ? brain : new OptOutAcknowledgingBrain(brain), callId, Events), options, Metrics, log);
        var handler = new AgentCallHandler(pipeline, hangUp);
        if (endOfCall is not null)
            endOfCall.EndOfCall += _ => handler.RequestEndAfterReply();
        pipeline.HangUpRequested.ContinueWith(t =>
        {
            Events.OnHangUpRequested(callId, t.Result);
            hangUp(t.Result);
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        pipeline.Start();
        Events.OnCallStarted(callId, string.Join(' ', new[] { greeting, consent }.Where(s => s.Length > 0)));
        return handler;
    }

    private (IAgentBrain Brain, string Greeting, string Consent, string? Prompt, TenantDialogBrain? Dialog, ToolSetExecutor? Tools) BuildBrain(string callId)
    {
        var tenant = _options.Tenant;
        var greeting = tenant?.GreetingFor(tenant.DefaultLanguage);
        string text = greeting?.Text ?? RestaurantStandInRules.Greeting;
        string consent = greeting?.Consent ?? RestaurantStandInRules.Consent;
        string? prompt = tenant is null || tenant.Persona.Length == 0 ? null : tenant.Persona;
        if (_options.BrainFactory is { } custom)
            return (custom(callId), text, consent, prompt, null, null);
        if (tenant is null)
            return (_options.ServerLlm is { } serverLlm ? new OpenAiChatBrain(_options.LlmHttp ?? SharedLlmHttp, serverLlm)
                : RestaurantStandInRules.Create(), text, consent, prompt, null, null);
        if ((_options.ServerLlm ?? TenantLlm.Resolve(tenant, _options.Environment, _options.Llm)) is { } llm)
        {
            // The tenant's LLM answers with the tenant's tools (menu prices, bookings) bound to this call.
            var tools = new ToolSetExecutor(new ToolSet(new ToolContext(tenant, _options.Services, callId, callerNumber: null, _options.Clock)));
            return (new OpenAiChatBrain(_options.LlmHttp ?? SharedLlmHttp, llm), text, consent, prompt, null, tools);
        }
        var dialog = TenantDialogs.Create(tenant, _options.Services, callId, callerNumber: null);
        dialog.Greet(_options.Clock()); // the dialog's state starts at the greeting the pipeline speaks
        var brain = new TenantDialogBrain(dialog, _options.Clock, $"Thank you for calling {tenant.Name}. Goodbye!");
        brain.Replied += reply => Events.OnDialogReplied(callId, reply);
        return (brain, text, consent, prompt, brain, null);
    }
}
