using System.CommandLine;
using MediaCore.Inference.Engines;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
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
        var records = new Option<string>("--records") { Description = "SQLite file to write the call record to (needs MEDIACORE_CALLER_PEPPER and MEDIACORE_DATA_KEY)." };
        var callerNumber = new Option<string>("--caller-number") { Description = "The caller's number (SIP From user); records keep only its hash." };
        var crashAfter = new Option<int>("--crash-after-turns") { Description = "Test hook: SIGKILL the process after N recorded turns.", Hidden = true };
        var demo = new Command("demo", "Place a scripted call to the in-process voice agent over SIP and print the transcript.");
        foreach (var o in new Option[] { tenant, config, lines, output, stereo, models, verbose, records, callerNumber, crashAfter })
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
                RecordsPath = r.GetValue(records),
                CallerNumber = r.GetValue(callerNumber) ?? "demo-caller",
                CrashAfterTurns = r.GetValue(crashAfter),
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
        DemoRecords? records;
        try
        {
            records = options.RecordsPath is { } path
                ? DemoRecords.OpenAsync(path, output, options.CrashAfterTurns).GetAwaiter().GetResult()
                : null;
        }
        catch (PrivacyKeysMissingException e)
        {
            error.WriteLine($"error: --records needs the privacy keys. {e.Message}");
            return BadArguments;
        }
        try
        {
            return Run(options, tenant, records, output);
        }
        finally
        {
            records?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static int Run(DemoOptions options, TenantConfig tenant, DemoRecords? records, TextWriter output)
    {
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
            Records = records?.Recording,
        });
        using var callerFactory = new InferenceEngineFactory();
        using var callerVoice = callerFactory.CreateTextToSpeech("en", out _, options.CallerVoice);
        var runner = new DemoRunner(agent, callerVoice, output) { CallerNumber = options.CallerNumber };
        var result = runner.RunAsync(lines, options.OutPath, options.Stereo, options.Timeout).GetAwaiter().GetResult();
        if (records is not null && runner.Server?.LastIncoming is { } call)
        {
            try
            {
                agent.RecordsWrittenAsync().WaitAsync(TimeSpan.FromSeconds(10)).GetAwaiter().GetResult();
            }
            catch (TimeoutException)
            {
                output.WriteLine("[records] the call's end was not written within 10 s");
            }
            output.WriteLine(records.DescribeAsync(new TenantId(tenant.Id), call.CallId).GetAwaiter().GetResult());
        }
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
