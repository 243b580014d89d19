using System.Collections.Concurrent;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Tenants;
using MediaCore.Pipeline.Tools;
using MediaCore.Server.Agent;
using MediaCore.Server.Commands;
using MediaCore.Server.Demo;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.TenantCalls;

/// <summary>
/// One scripted call to a sample tenant over real SIP/RTP on loopback (the demo's <see cref="DemoRunner"/>): the
/// caller's lines are flite speech, the agent recognises them with the tenant grammar (plus the lines themselves, as
/// the demo adds them) and answers with the tenant's rule dialog on the demo's pinned Tuesday-noon clock. The
/// business stores are the test's own, so it can assert what the call stored.
/// </summary>
internal sealed class TenantCall
{
    private readonly ConcurrentQueue<DialogReply> _dialogReplies = new();

    private TenantCall(TenantConfig tenant, DateTimeOffset now)
    {
        Tenant = tenant;
        Now = now;
    }

    public TenantConfig Tenant { get; }

    /// <summary>The dialog's clock: noon on a Tuesday in the tenant's zone whose Wednesday is open.</summary>
    public DateTimeOffset Now { get; }

    public BusinessServices Services { get; } = new();

    public DemoResult Result { get; private set; } = null!;

    /// <summary>The call's transcript as the demo prints it (for assertion messages).</summary>
    public string Transcript { get; private set; } = string.Empty;

    /// <summary>Every dialog turn (text and booking/intake state), in order.</summary>
    public IReadOnlyList<DialogReply> DialogReplies => _dialogReplies.ToArray();

    public static async Task<TenantCall> PlaceAsync(TenantCallEngines engines, ITestOutputHelper log, string tenantId, params string[] lines)
    {
        var tenant = DemoTenants.Load(tenantId, Path.Combine(TestPaths.RepoRoot, "samples", "tenants"));
        var call = new TenantCall(tenant, DemoCommand.DemoClock(tenant));
        using var transcript = new StringWriter();
        var output = TextWriter.Synchronized(transcript);
        var agent = new AgentCallHandlerFactory(engines.Agent, new AgentOptions
        {
            Tenant = tenant,
            Services = call.Services,
            Clock = () => call.Now,
            ExtraPhrases = lines,
            LogSink = output.WriteLine,
            LogLevel = PipelineLogLevel.Information,
        });
        agent.Events.DialogReplied += (_, reply) => call._dialogReplies.Enqueue(reply);
        var runner = new DemoRunner(agent, engines.CallerVoice, output);
        call.Result = await runner.RunAsync(lines, wavPath: null, stereo: false, TimeSpan.FromSeconds(90));
        call.Transcript = transcript.ToString();
        log.WriteLine(call.Transcript);
        return call;
    }

    /// <summary>The transcript on a new line, for assertion messages.</summary>
    public string Context => Environment.NewLine + Transcript;
}
