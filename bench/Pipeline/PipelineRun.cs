using System.Collections.Concurrent;
using MediaCore.Media.Scheduling;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;

namespace MediaCore.Bench.Pipeline;

/// <summary>
/// Places <c>calls</c> concurrent SIP calls from scripted callers to an in-process agent over loopback RTP. Server and
/// callers tick on separate schedulers (one thread each), so the callers' work does not show up in the server's pacing.
/// </summary>
public sealed class PipelineRun(AgentEngines engines, PipelineBenchOptions options, TextWriter log)
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<(long, AgentTurnLatency)>> _latencies = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _bargeIns = new();
    private readonly ConcurrentDictionary<string, (SipCall Call, RecordingAgentHandler Handler)> _served = new();

    public async Task<IReadOnlyList<CallRecord>> RunAsync(int calls, IReadOnlyList<ScriptLine> script)
    {
        var agent = new AgentCallHandlerFactory(engines, new AgentOptions
        {
            BrainFactory = _ => BenchScript.Brain(),
            ExtraPhrases = BenchScript.Phrases,
        });
        agent.Events.TurnLatency += (id, latency) => Queue(_latencies, id).Enqueue((System.Diagnostics.Stopwatch.GetTimestamp(), latency));
        agent.Events.BargeIn += (id, _, timestamp) => Queue(_bargeIns, id).Enqueue(timestamp);

        int maxSeconds = (int)options.CallTimeout.TotalSeconds + 20;
        using var serverTicks = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        using var callerTicks = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        await using var server = new SipAgentHost(serverTicks, null, "agent");
        await using var phone = new SipAgentHost(callerTicks, null, "caller");
        server.Endpoint.IncomingCall += call =>
        {
            var handler = new RecordingAgentHandler(agent.CreateFor(call), maxSeconds);
            _served[call.CallId] = (call, handler);
            call.UseAudioHandler(handler);
            call.Answer();
        };

        using var stop = new CancellationTokenSource();
        var placed = new List<(SipCall Call, ScriptedCaller Caller, Task<List<CallerEvent>> Events)>();
        for (int i = 0; i < calls; i++)
        {
            var caller = new ScriptedCaller(script, maxSeconds) { ReplyTimeoutFrames = 250 };
            var call = phone.Endpoint.Originate(new OriginateOptions { Target = server.Uri("agent"), FromUser = $"bench-{i}" });
            call.UseAudioHandler(caller);
            placed.Add((call, caller, DrainAsync(caller, stop.Token)));
            await Task.Delay(options.StaggerMs).ConfigureAwait(false);
        }

        var all = Task.WhenAll(placed.Select(p => p.Caller.Finished));
        await Task.WhenAny(all, Task.Delay(options.CallTimeout)).ConfigureAwait(false);
        if (!all.IsCompleted)
            log.WriteLine($"agent bench: {placed.Count(p => !p.Caller.Finished.IsCompleted)} call(s) did not finish in {options.CallTimeout.TotalSeconds:F0} s");

        await stop.CancelAsync().ConfigureAwait(false); // unfinished callers: keep what they did so far
        var records = new List<CallRecord>();
        foreach (var (call, caller, events) in placed)
        {
            _served.TryGetValue(call.CallId, out var served);
            var rtp = (served.Call?.Media as RtpCallMedia)?.Session.GetStatistics();
            if (call.State != CallState.Ended)
                call.Hangup();
            var callerEvents = await events.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            if (served.Handler is null)
                continue;
            records.Add(new CallRecord(call.CallId, callerEvents, caller, served.Handler,
                [.. Queue(_latencies, call.CallId)], [.. Queue(_bargeIns, call.CallId)], rtp));
        }
        await Task.Delay(300).ConfigureAwait(false); // BYEs out before the endpoints close
        return records;
    }

    private static ConcurrentQueue<T> Queue<T>(ConcurrentDictionary<string, ConcurrentQueue<T>> map, string id) =>
        map.GetOrAdd(id, _ => new ConcurrentQueue<T>());

    /// <summary>The caller's events until it finished or the run stopped (the channel is never completed).</summary>
    private static async Task<List<CallerEvent>> DrainAsync(ScriptedCaller caller, CancellationToken stop)
    {
        var events = new List<CallerEvent>();
        var finished = caller.Finished;
        while (true)
        {
            var read = caller.Events.WaitToReadAsync().AsTask();
            await Task.WhenAny(read, finished, Task.Delay(Timeout.Infinite, stop)).ConfigureAwait(false);
            while (caller.Events.TryRead(out var e))
                events.Add(e);
            if (finished.IsCompleted || !read.IsCompleted)
                return events;
        }
    }
}
