using System.CommandLine;
using MediaCore.Inference.Engines;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;

namespace MediaCore.Server.Commands;

/// <summary>
/// `mediacore demo [--tenant ID] [--config PATH] [--lines FILE] [--out demo-call.wav] [--stereo] [--verbose]`: starts
/// the agent server in-process, calls it over SIP/RTP on loopback from a built-in scripted caller, prints the live
/// transcript with per-turn latency and writes what the caller heard. Exit 0 when at least one turn completed.
/// </summary>
public static class DemoCommand
{
    private const int Failed = 1;
    private const int BadArguments = 2;

    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "Tenant id (default himalayan-kitchen)." };
        var config = new Option<string>("--config") { Description = "Tenant YAML file or folder (default: $MEDIACORE_TENANTS_DIR, else samples/tenants)." };
        var lines = new Option<string>("--lines") { Description = "The caller's lines, one per line ('> text' speaks over the bot)." };
        var output = new Option<string>("--out") { Description = "WAV of what the caller heard (default demo-call.wav)." };
        var stereo = new Option<bool>("--stereo") { Description = "Write both directions: left what the caller heard, right what it said." };
        var models = new Option<string>("--models") { Description = "Models folder (Silero VAD); default: the model resolver's search path." };
        var verbose = new Option<bool>("--verbose") { Description = "Print the pipeline's information log lines." };
        var demo = new Command("demo", "Place a scripted call to the in-process voice agent over SIP and print the transcript.");
        foreach (var o in new Option[] { tenant, config, lines, output, stereo, models, verbose })
            demo.Options.Add(o);
        demo.SetAction(r =>
        {
            var console = r.InvocationConfiguration;
            var options = new DemoOptions
            {
                Tenant = r.GetValue(tenant) ?? "himalayan-kitchen",
                TenantConfig = r.GetValue(config),
                Lines = r.GetValue(lines) is { } file ? DemoScript.Load(file) : null,
                OutPath = r.GetValue(output) ?? "demo-call.wav",
                Stereo = r.GetValue(stereo),
                ModelsDir = r.GetValue(models),
                LogLevel = r.GetValue(verbose) ? PipelineLogLevel.Information : PipelineLogLevel.Warning,
            };
            return Run(options, TextWriter.Synchronized(console.Output), console.Error);
        });
        return demo;
    }

    public static int Run(DemoOptions options, TextWriter output, TextWriter error)
    {
        TenantConfig tenant;
        try
        {
            tenant = DemoTenants.Load(options.Tenant, options.TenantConfig);
        }
        catch (Exception e) when (e is IOException or TenantConfigException)
        {
            error.WriteLine($"error: {e.Message}");
            return BadArguments;
        }
        var lines = options.Lines ?? DemoScript.DefaultLines;
        var now = options.Now ?? DemoClock(tenant);
        using var engines = AgentEngines.CreateDefault(options.ModelsDir);
        output.WriteLine($"[setup]  {string.Join(", ", engines.Choices.Select(c => $"{c.Kind}: {c.Chosen}"))}");
        var agent = new AgentCallHandlerFactory(engines, new AgentOptions
        {
            Tenant = tenant,
            Clock = () => now,
            ExtraPhrases = lines.Select(l => l.TrimStart('>').Trim()).ToArray(),
            LogSink = output.WriteLine,
            LogLevel = options.LogLevel,
        });
        using var callerFactory = new InferenceEngineFactory();
        using var callerVoice = callerFactory.CreateTextToSpeech("en", out _, options.CallerVoice);
        var runner = new DemoRunner(agent, callerVoice, output);
        var result = runner.RunAsync(lines, options.OutPath, options.Stereo, options.Timeout).GetAwaiter().GetResult();
        return result.ExitCode == 0 ? 0 : Failed;
    }

    /// <summary>
    /// Noon on the next Tuesday in the tenant's zone whose Wednesday is no holiday closure: "tomorrow" is then open in
    /// every sample tenant, so the scripted booking always succeeds.
    /// </summary>
    public static DateTimeOffset DemoClock(TenantConfig tenant)
    {
        var local = tenant.LocalTime(DateTimeOffset.UtcNow).Date.AddDays(1);
        while (local.DayOfWeek != DayOfWeek.Tuesday || tenant.Hours.ClosureOn(DateOnly.FromDateTime(local.AddDays(1))) is not null)
            local = local.AddDays(1);
        return tenant.At(DateOnly.FromDateTime(local), new TimeOnly(12, 0));
    }
}
