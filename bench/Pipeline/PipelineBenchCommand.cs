using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MediaCore.Inference.Tts;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;

namespace MediaCore.Bench.Pipeline;

/// <summary>
/// `agent`: the voice agent's response time over real SIP/RTP with local STT (PocketSphinx) and TTS (flite) and an
/// instant rule brain — a one-call baseline, then N concurrent calls; prints a markdown table, writes pipeline.json.
/// </summary>
public static class PipelineBenchCommand
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static async Task<int> MainAsync(string[] args)
    {
        PipelineBenchOptions options;
        try
        {
            options = PipelineBenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(PipelineBenchOptions.Usage);
            return 2;
        }
        var (report, path) = await RunAsync(options, Console.Out, "agent " + string.Join(' ', args)).ConfigureAwait(false);
        Console.WriteLine(report.ToMarkdown());
        Console.WriteLine($"written: {path}");
        return report.Concurrent.TurnsMeasured > 0 ? 0 : 1;
    }

    /// <summary>Runs the baseline and the concurrent calls; returns the report and the JSON file written.</summary>
    public static async Task<(PipelineReport Report, string Path)> RunAsync(PipelineBenchOptions options, TextWriter log, string command)
    {
        var started = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        using var engines = AgentEngines.CreateDefault(options.ModelsDir ?? FindModels());
        using var callerVoice = new FliteVoice(FliteVoiceId.Kal16);
        var run = new PipelineRun(engines, options, log);

        log.WriteLine($"agent bench: 1 call × {(options.Calls == 1 ? options.TurnsPerCall : options.BaselineTurns)} turns (baseline)");
        var single = await RunOnceAsync(run, 1, options.Calls == 1 ? options.TurnsPerCall : options.BaselineTurns, callerVoice, options).ConfigureAwait(false);
        var concurrent = single;
        if (options.Calls > 1)
        {
            log.WriteLine($"agent bench: {options.Calls} calls × {options.TurnsPerCall} turns");
            concurrent = await RunOnceAsync(new PipelineRun(engines, options, log), options.Calls, options.TurnsPerCall, callerVoice, options).ConfigureAwait(false);
        }

        var report = new PipelineReport(command, started, clock.Elapsed.TotalSeconds,
            string.Join("; ", engines.Choices.Select(c => c.ToString())), single, concurrent, ConcurrencyRatios.Of(single, concurrent));
        var directory = options.OutputDirectory ?? Path.Combine("results", started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        var path = Path.GetFullPath(Path.Combine(directory, "pipeline.json"));
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
        return (report, path);
    }

    private static async Task<RunSummary> RunOnceAsync(PipelineRun run, int calls, int turns, FliteVoice voice, PipelineBenchOptions options)
    {
        var script = await DemoScript.VoiceAsync(BenchScript.Lines(turns), voice, options.BargeInAfterMs).ConfigureAwait(false);
        var records = await run.RunAsync(calls, script).ConfigureAwait(false);
        return RunSummary.From(records, turns);
    }

    /// <summary>Silero's folder: &lt;repo&gt;/../shared/models, $MEDIACORE_SHARED_DIR/models, /work/shared/models.</summary>
    private static string? FindModels()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
            {
                var sibling = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "models"));
                if (Directory.Exists(sibling))
                    return sibling;
                break;
            }
        var shared = Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR");
        if (!string.IsNullOrWhiteSpace(shared) && Directory.Exists(Path.Combine(shared, "models")))
            return Path.Combine(shared, "models");
        return Directory.Exists("/work/shared/models") ? "/work/shared/models" : null;
    }
}
