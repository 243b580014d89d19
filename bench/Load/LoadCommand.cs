using System.Net;
using System.Runtime.InteropServices;
using MediaCore.Bench.Load.Agent;
using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Audio;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Reporting;
using MediaCore.Bench.Load.Targets;

namespace MediaCore.Bench.Load;

/// <summary>
/// `load &lt;scenario&gt; [options]`:
/// <list type="bullet">
/// <item><c>media</c>: capacity ramp against an echoing target, step by step (e.g. 10, 20, 40, 80 calls) until pacing
/// p99 or loss breaks the limit; the same ramp against SIPp's RTP echo as the floor; overhead as a ratio.</item>
/// <item><c>smoke</c>: one batch of <c>--calls</c> against each target (what the tests run).</item>
/// <item><c>echo-target</c>: serve the echo stand-in until stdin closes (used by <see cref="EchoTargetProcess"/>).</item>
/// <item><c>agent</c>: a real `mediacore serve` process (or <c>--target</c>) whose brain is the fake OpenAI-compatible LLM
/// started here; turn-taking callers speak flite lines (optionally talking over the replies), batch by batch
/// (<c>--steps 1,4</c>); the server's per-turn split and barge-in decisions come from its control API.</item>
/// </list>
/// </summary>
public static class LoadCommand
{
    public static async Task<int> MainAsync(string[] args)
    {
        if (args.Length > 0 && args[0] == "echo-target")
            return await EchoTargetProcess.ServeAsync().ConfigureAwait(false);
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            Console.Error.WriteLine(e.Message);
            Console.Error.WriteLine(LoadOptions.Usage);
            return 2;
        }
        var report = await RunAsync(options, Console.Out, CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine(MarkdownSummary.Render(report));
        return report.Targets.Any(t => t.Steps.Count > 0 && t.Steps[0].Summary.Answered > 0) ? 0 : 1;
    }

    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log, CancellationToken cancellation)
    {
        if (options.Scenario is not ("media" or "smoke" or "agent"))
            throw new ArgumentException($"Unknown scenario '{options.Scenario}' (media, smoke, agent).");
        var started = DateTimeOffset.UtcNow;
        string directory = options.OutputDirectory ?? ResultsWriter.DefaultDirectory(RepositoryRoot() ?? Directory.GetCurrentDirectory());
        var notes = new List<string>();
        await using var llm = options.Scenario == "agent"
            ? new FakeLlmServer(TimeSpan.FromMilliseconds(options.LlmTtftMs), options.LlmReply, options.LlmPort)
            : null;
        if (llm is not null)
            notes.Add($"Fake LLM (OpenAI-compatible SSE chat completions) at {llm.BaseUrl}: first token after {options.LlmTtftMs} ms, then a word every {llm.InterTokenDelay.TotalMilliseconds} ms; reply \"{options.LlmReply}\".");

        var (runner, warmup) = options.Scenario == "agent" ? await AgentScenario.CreateRunnersAsync(options).ConfigureAwait(false) : FixedRunners(options);
        var results = new List<TargetResult>();
        using (runner)
        using (warmup)
        {
            foreach (var factory in TargetFactories(options, notes, llm, directory))
            {
                ILoadTarget target;
                try
                {
                    target = await factory(cancellation).ConfigureAwait(false);
                }
                catch (Exception e) when (e is InvalidOperationException or FileNotFoundException or TimeoutException
                                           or System.ComponentModel.Win32Exception or System.Net.Sockets.SocketException)
                {
                    notes.Add("Target not started: " + e.Message);
                    continue;
                }
                await using (target.ConfigureAwait(false))
                    results.Add(await RunTargetAsync(target, options, runner, warmup, notes, log, cancellation).ConfigureAwait(false));
                if (target is ServeProcess server)
                {
                    Directory.CreateDirectory(Path.Combine(directory, "server"));
                    await File.WriteAllLinesAsync(Path.Combine(directory, "server", server.Name + ".log"), server.Output, cancellation).ConfigureAwait(false);
                }
            }
        }
        if (llm is not null)
            notes.Add($"Fake LLM requests served during the run: {llm.Requests}.");
        var report = new LoadReport
        {
            Scenario = options.Scenario,
            StartedUtc = started,
            Machine = $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}",
            Options = options,
            Targets = results,
            Notes = notes,
        };
        report = WithOverhead(report);
        report = report with { Stages = options.Scenario == "agent" ? AgentScenario.Stages(report) : Stages(report, options, llm) };
        report = ResultsWriter.Write(report, directory);
        log.WriteLine($"Results: {Path.GetFullPath(directory)}");
        return report;
    }

    private static (LoadRunner, LoadRunner) FixedRunners(LoadOptions options)
    {
        var clip = SpeechClip.Load(options.Wav);
        var script = new CallerScript(clip, options.Codec, TimeSpan.FromSeconds(options.SpeechSeconds), TimeSpan.FromSeconds(options.CallSeconds),
            options.TalkOverSeconds.Select(TimeSpan.FromSeconds).ToArray(), TimeSpan.FromSeconds(options.TalkOverLengthSeconds));
        var warmup = new CallerScript(clip, options.Codec, TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1), [], TimeSpan.Zero);
        return (new LoadRunner(script), new LoadRunner(warmup));
    }

    private static IEnumerable<Func<CancellationToken, Task<ILoadTarget>>> TargetFactories(LoadOptions options, List<string> notes,
        FakeLlmServer? llm, string directory)
    {
        if (options.Target is { } address)
        {
            int? pid = options.ServerPid ?? (options.ServerProcessName is { } name ? ProcessSampler.FindPid(name) : null);
            yield return _ => Task.FromResult<ILoadTarget>(new RemoteTarget("mediacore", address, pid));
        }
        else if (llm is not null)
        {
            yield return token => AgentScenario.StartServerAsync(options, llm, directory, notes, token);
        }
        else if (options.InProcessTarget)
        {
            notes.Add("MediaCore target = InProcessEchoTarget (src/Sip messages + RtpSession + EchoHandler) inside the bench process: a stand-in until `mediacore serve` exists; its CPU/RSS include the load generator.");
            yield return _ => Task.FromResult<ILoadTarget>(new InProcessEchoTarget(IPAddress.Loopback));
        }
        else if (options.StandIn)
        {
            notes.Add("MediaCore target = InProcessEchoTarget (src/Sip messages + RtpSession + EchoHandler) in a child process (`load echo-target`), the stand-in from before `mediacore serve`; CPU/RSS are the child's.");
            yield return async token => await EchoTargetProcess.StartAsync(token).ConfigureAwait(false);
        }
        else
        {
            string assembly = options.ServerAssembly ?? ServeProcess.DefaultServerAssembly;
            yield return async token =>
            {
                var server = await ServeProcess.StartEchoAsync(assembly, Path.Combine(directory, "server"), RepositoryRoot(), token).ConfigureAwait(false);
                notes.Add($"MediaCore target = `dotnet {Path.GetFileName(assembly)} serve --config server/{server.Name}.yaml --handler echo` (pid {server.ProcessId}, ready {server.Startup.TotalSeconds:0.0} s after start): the SIP endpoint, RtpSession (jitter buffer, pacer) and EchoHandler (40 ms delay) of the real server; CPU/RSS are its own.");
                return server;
            };
        }
        if (options.SippBaseline && options.Scenario != "agent")
        {
            notes.Add($"SIPp baseline: sipp -sn uas -rtp_echo on 127.0.0.1:{options.SippPort}, all calls share media port {options.SippMediaPort} (SIPp 3.6.1 echo mode has one media socket).");
            yield return async token => await SippEchoTarget.StartAsync(IPAddress.Loopback, options.SippPort, options.SippMediaPort, token).ConfigureAwait(false);
        }
    }

    private static async Task<TargetResult> RunTargetAsync(ILoadTarget target, LoadOptions options, LoadRunner runner, LoadRunner warmup,
        List<string> notes, TextWriter log, CancellationToken cancellation)
    {
        await using var sampler = target.ProcessId is int pid ? new ProcessSampler(pid) : null;
        await using var events = await ServerEventsAsync(target, options, notes, cancellation).ConfigureAwait(false);
        runner.Analyzer = warmup.Analyzer = new CallAnalyzer { DecisionSource = events };
        LoadSummary WithServer(LoadSummary s) => events is null ? s : AgentScenario.WithServerFigures(s, events);
        LoadSummary? cold = null;
        if (options.WarmupCalls > 0)
        {
            cold = WithServer(await warmup.RunAsync(target.Name, target.SipEndPoint, options.WarmupCalls, options.CallsPerSecond, sampler, cancellation).ConfigureAwait(false));
            log.WriteLine($"{target.Name}: cold start setup {cold.ColdSetupMs:0.##} ms, first response {cold.ResponseLatencyMs.P50:0.##} ms");
        }
        var steps = new List<StepResult>();
        var concurrencies = options.Scenario == "media" || (options.Scenario == "agent" && options.StepsGiven) ? options.Steps : [options.Calls];
        foreach (int calls in concurrencies)
        {
            log.WriteLine($"{target.Name}: {calls} calls …");
            var summary = WithServer(await runner.RunAsync(target.Name, target.SipEndPoint, calls, options.CallsPerSecond, sampler, cancellation).ConfigureAwait(false));
            var (passed, verdict) = Judge(summary, options);
            steps.Add(new StepResult(summary, passed, verdict));
            log.WriteLine($"  {verdict}: response p50 {summary.ResponseLatencyMs.P50:0.##} ms, pacing p99 {summary.PacingDeviationMs.P99:0.##} ms, loss {summary.LossRatio:P3}, failed {summary.Failed}");
            if (!passed && options.Scenario == "media" && !options.FullRamp)
                break;
        }
        return new TargetResult(target.Name, target.SipEndPoint.ToString(), steps)
        {
            ColdStart = cold,
            StartupMs = (target as ServeProcess)?.Startup.TotalMilliseconds,
        };
    }

    /// <summary>The server's event stream: the started server's, or --control's; null for echo targets or when it does not answer.</summary>
    private static async Task<ServerEventLog?> ServerEventsAsync(ILoadTarget target, LoadOptions options, List<string> notes, CancellationToken cancellation)
    {
        if (options.Scenario != "agent")
            return null;
        var (address, token) = target is ServeProcess server ? (server.ControlAddress, server.ControlToken)
            : options.ControlAddress is { } control ? (control, options.ControlToken ?? "") : (null, "");
        if (address is null)
            return null;
        var events = new ServerEventLog(address, token);
        try
        {
            await events.StartAsync(cancellation).ConfigureAwait(false);
            return events;
        }
        catch (Exception e) when (e is MediaCore.Server.Client.ControlApiException or HttpRequestException or IOException or TimeoutException)
        {
            notes.Add($"Control API {address} not readable ({e.Message}): no per-stage or barge-in decision figures.");
            await events.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    private static (bool, string) Judge(LoadSummary s, LoadOptions options)
    {
        if (s.Failed > 0) return (false, $"FAIL ({s.Failed} calls failed)");
        double floor = options.PacingLimitOverFloor && double.IsFinite(s.CallerPacingDeviationMs.P99) ? s.CallerPacingDeviationMs.P99 : 0;
        if (!(s.PacingDeviationMs.P99 - floor <= options.PacingP99LimitMs))
            return (false, floor > 0 ? $"FAIL (pacing p99 − bench p99 > {options.PacingP99LimitMs} ms)" : $"FAIL (pacing p99 > {options.PacingP99LimitMs} ms)");
        if (s.LossRatio > options.LossLimit) return (false, $"FAIL (loss > {options.LossLimit:P2})");
        return (true, floor > 0 ? "pass (over bench floor)" : "pass");
    }

    private static LoadReport WithOverhead(LoadReport report)
    {
        var mediaCore = report.Targets.FirstOrDefault(t => t.Name != "sipp-rtp-echo" && t.Steps.Count > 0);
        var sipp = report.Targets.FirstOrDefault(t => t.Name == "sipp-rtp-echo");
        if (mediaCore is null || sipp is null)
            return report;
        var common = mediaCore.Steps.Select(s => s.Summary).Join(sipp.Steps.Select(s => s.Summary), m => m.Concurrency, s => s.Concurrency, (m, s) => (m, s))
            .OrderBy(p => p.m.Concurrency).LastOrDefault();
        if (common.m is null)
            return report;
        static double Ratio(double a, double b) => b > 0 ? a / b : double.NaN;
        var ratios = new Dictionary<string, double>
        {
            ["pacingP99"] = Ratio(common.m.PacingDeviationMs.P99, common.s.PacingDeviationMs.P99),
            ["pacingP50"] = Ratio(common.m.PacingDeviationMs.P50, common.s.PacingDeviationMs.P50),
            ["responseLatencyP50"] = Ratio(common.m.ResponseLatencyMs.P50, common.s.ResponseLatencyMs.P50),
            ["echoTailP50"] = Ratio(common.m.EchoTailMs.P50, common.s.EchoTailMs.P50),
            ["setupP50"] = Ratio(common.m.SetupMs.P50, common.s.SetupMs.P50),
            ["lossRatio"] = Ratio(common.m.LossRatio, common.s.LossRatio),
            ["serverCpuMean"] = Ratio(common.m.Server.CpuPercentMean, common.s.Server.CpuPercentMean),
        };
        return report with { OverheadVersusSipp = ratios, OverheadConcurrency = common.m.Concurrency };
    }

    /// <summary>Placeholder stages until the agent reports its own: the measured media path, then STT/LLM/TTS at 0 (or the fake LLM's TTFT).</summary>
    private static List<StageTiming> Stages(LoadReport report, LoadOptions options, FakeLlmServer? llm)
    {
        var stages = new List<StageTiming>();
        foreach (var target in report.Targets.Where(t => t.Steps.Count > 0))
        {
            var summary = target.Steps[^1].Summary;
            double mediaPath = options.Scenario == "agent" ? summary.ResponseLatencyMs.P50 : summary.EchoTailMs.P50;
            stages.Add(new StageTiming(target.Name, "MEDIA PATH", mediaPath, Placeholder: false));
            stages.Add(new StageTiming(target.Name, "STT FINAL", 0, Placeholder: true));
            stages.Add(new StageTiming(target.Name, "LLM TTFT", llm is null ? 0 : options.LlmTtftMs, Placeholder: true));
            stages.Add(new StageTiming(target.Name, "TTS FIRST AUDIO", 0, Placeholder: true));
        }
        return stages;
    }

    /// <summary>The folder holding MediaCore.sln, walking up from the working directory.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "MediaCore.sln")))
                return dir.FullName;
        return null;
    }
}
