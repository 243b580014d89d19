using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Reporting;
using MediaCore.Bench.Load.Targets;

namespace MediaCore.Bench.Load.Agent;

/// <summary>
/// The `load agent` pieces: turn-taking callers, the `mediacore serve` process pointed at the fake LLM, the server's own
/// per-turn figures merged into each batch's summary, and the per-stage split for the stacked chart.
/// </summary>
public static class AgentScenario
{
    public const string EndOfTurnStage = "END OF TURN + NETWORK";

    /// <summary>The measured runner (<see cref="LoadOptions.Turns"/> lines) and the one-call cold-start runner (one line).</summary>
    public static async Task<(LoadRunner Runner, LoadRunner Warmup)> CreateRunnersAsync(LoadOptions options)
    {
        var talkOverAfter = TimeSpan.FromMilliseconds(options.TalkOverAfterMs);
        var script = await AgentCallerScript.VoiceAsync(options.Turns, options.BargeIn, options.Codec, talkOverAfter).ConfigureAwait(false);
        var first = await AgentCallerScript.VoiceAsync(1, bargeIn: false, options.Codec, talkOverAfter).ConfigureAwait(false);
        return (new LoadRunner(() => new TurnTakingCaller(script), options.Codec), new LoadRunner(() => new TurnTakingCaller(first), options.Codec));
    }

    /// <summary>Starts `mediacore serve` with the bench tenant and the fake LLM as its brain.</summary>
    public static async Task<ILoadTarget> StartServerAsync(LoadOptions options, FakeLlmServer llm, string directory, List<string> notes,
        CancellationToken cancellation)
    {
        string root = LoadCommand.RepositoryRoot() ?? throw new InvalidOperationException("Run from inside the repository (samples/tenants is needed).");
        string tenants = options.TenantsFolder ?? BenchTenant.Write(root, Path.Combine(directory, "server", "tenants"));
        string assembly = options.ServerAssembly ?? ServeProcess.DefaultServerAssembly;
        var server = await ServeProcess.StartAgentAsync(assembly, Path.Combine(directory, "server"), tenants, llm.BaseUrl, root, cancellation)
            .ConfigureAwait(false);
        notes.Add($"MediaCore target = `dotnet {Path.GetFileName(assembly)} serve --config server/{server.Name}.yaml` (pid {server.ProcessId}), " +
                  $"ready {server.Startup.TotalSeconds:0.0} s after start; tenant {BenchTenant.Id} with the greeting \"{BenchTenant.Greeting} {BenchTenant.Consent}\"; " +
                  "PocketSphinx (tenant grammar), flite slt, Silero VAD; brain = the fake LLM via the `llm:` serve key.");
        return server;
    }

    /// <summary>Adds the server's per-turn split and barge-in count for the calls of <paramref name="summary"/>.</summary>
    public static LoadSummary WithServerFigures(LoadSummary summary, ServerEventLog events)
    {
        var ids = summary.PerCall.Select(c => c.CallId).ToList();
        var turns = events.TurnsOf(ids);
        var stages = new Dictionary<string, Distribution>
        {
            ["stt"] = Distribution.Of(turns.Select(t => t.SttMs)),
            ["brain"] = Distribution.Of(turns.Select(t => t.BrainMs)),
            ["tts"] = Distribution.Of(turns.Select(t => t.TtsMs)),
            ["other"] = Distribution.Of(turns.Select(t => t.OtherMs)),
            ["total"] = Distribution.Of(turns.Select(t => t.TotalMs)),
        };
        return summary with { ServerStagesMs = stages, ServerBargeIns = events.DecisionsOf(ids) };
    }

    /// <summary>
    /// Per target and batch, the p50 response split: what the caller waited beyond the server's own total (the
    /// end-of-turn silence wait, jitter buffers, network), then the server's STT, brain (LLM first token), TTS and other.
    /// </summary>
    public static List<StageTiming> Stages(LoadReport report)
    {
        var stages = new List<StageTiming>();
        foreach (var target in report.Targets)
            foreach (var step in target.Steps)
            {
                var s = step.Summary;
                string label = $"{target.Name} X{s.Concurrency}";
                bool known = s.ServerStagesMs.TryGetValue("total", out var total) && total.Count > 0;
                double P50(string stage) => s.ServerStagesMs.TryGetValue(stage, out var d) && d.Count > 0 ? d.P50 : 0;
                double wait = known ? Math.Max(0, s.ResponseLatencyMs.P50 - total!.P50) : s.ResponseLatencyMs.P50;
                stages.Add(new StageTiming(label, EndOfTurnStage, double.IsFinite(wait) ? wait : 0, Placeholder: false));
                stages.Add(new StageTiming(label, "STT FINAL", P50("stt"), Placeholder: !known));
                stages.Add(new StageTiming(label, "LLM FIRST TOKEN", P50("brain"), Placeholder: !known));
                stages.Add(new StageTiming(label, "TTS FIRST AUDIO", P50("tts"), Placeholder: !known));
                stages.Add(new StageTiming(label, "OTHER", P50("other"), Placeholder: !known));
            }
        return stages;
    }
}
