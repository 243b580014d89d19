using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using MediaCore.Inference.Abstractions;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Wav;
using MediaCore.Server.Agent;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;

namespace MediaCore.Server.Demo;

/// <summary>
/// One demo call, all in-process: the agent server (<see cref="SipAgentHost"/> with an
/// <see cref="AgentCallHandlerFactory"/>) and a second SIP endpoint as the caller (UAC) whose media handler is a
/// <see cref="ScriptedCaller"/>. Prints the live transcript with per-turn latency (server: end of caller speech →
/// first bot frame out; caller: end of its audio → first non-silent frame heard) and writes what the caller heard.
/// </summary>
public sealed class DemoRunner(AgentCallHandlerFactory agent, ITextToSpeech callerVoice, TextWriter output)
{
    private readonly Lock _print = new();
    private readonly ConcurrentQueue<string> _recognised = new();
    private readonly ConcurrentQueue<string> _replies = new();
    private readonly ConcurrentQueue<double> _serverMs = new();
    private readonly ConcurrentQueue<double> _callerMs = new();
    private string _greeting = string.Empty;

    /// <summary>The SIP From user of the demo call (a phone number when records are on: only its hash is stored).</summary>
    public string CallerNumber { get; init; } = "demo-caller";

    /// <summary>The caller, once the call is placed (tests read its recording and frame log).</summary>
    public ScriptedCaller? Caller { get; private set; }

    /// <summary>The server side (tests read the agent's pipeline).</summary>
    public SipAgentHost? Server { get; private set; }

    public async Task<DemoResult> RunAsync(IReadOnlyList<string> lines, string? wavPath, bool stereo, TimeSpan timeout)
    {
        var started = Stopwatch.StartNew();
        var script = await DemoScript.VoiceAsync(lines, callerVoice).ConfigureAwait(false);
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        await using var server = new SipAgentHost(scheduler, agent, "agent");
        await using var phone = new SipAgentHost(scheduler, null, "caller");
        Server = server;
        Subscribe();
        Print($"[server] agent listening on sip:agent@127.0.0.1:{server.Port} (caller voice {callerVoice.VoiceName})");

        var caller = new ScriptedCaller(script, maxSeconds: (int)timeout.TotalSeconds + 10);
        Caller = caller;
        var printer = PrintCallerEventsAsync(caller, script);
        var call = phone.Endpoint.Originate(new OriginateOptions { Target = server.Uri("agent"), FromUser = CallerNumber });
        call.UseAudioHandler(caller);
        if (call.Media is RtpCallMedia media)
            media.Session.PacketObserver = caller; // raw packets as they arrive, before the caller's jitter buffer
        var ended = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        call.Ended += (_, e) => ended.TrySetResult(e);
        bool answered = await WaitAnsweredAsync(call, ended.Task).ConfigureAwait(false);

        if (answered)
            await Task.WhenAny(caller.Finished, ended.Task, Task.Delay(timeout)).ConfigureAwait(false);
        if (!ended.Task.IsCompleted)
        {
            // Give the closing reply a moment (the agent hangs up after its goodbye), then hang up ourselves.
            await Task.WhenAny(ended.Task, Task.Delay(TimeSpan.FromSeconds(caller.Finished.IsCompleted ? 3 : 0))).ConfigureAwait(false);
            if (!ended.Task.IsCompleted)
                call.Hangup();
            await Task.WhenAny(ended.Task, Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        }
        await Task.WhenAny(printer, Task.Delay(500)).ConfigureAwait(false);
        var endInfo = ended.Task.IsCompleted ? ended.Task.Result : null;
        Print($"[call]   ended: {(endInfo is null ? "not confirmed" : endInfo.Reason.ToString())}");

        var written = wavPath is null ? null : WriteWav(caller, wavPath, stereo);
        return Finish(answered, written, started.Elapsed);
    }

    private static async Task<bool> WaitAnsweredAsync(SipCall call, Task ended)
    {
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        call.Answered += _ => answered.TrySetResult();
        if (call.State == CallState.Established)
            return true;
        await Task.WhenAny(answered.Task, ended, Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false);
        return answered.Task.IsCompleted;
    }

    private void Subscribe()
    {
        agent.Events.CallStarted += (_, greeting) => _greeting = greeting;
        agent.Events.Recognised += (_, text) =>
        {
            _recognised.Enqueue(text);
            Print($"[heard]  \"{text}\"");
        };
        agent.Events.BotReplied += (_, text) =>
        {
            _replies.Enqueue(text);
            Print($"[bot]    {text}");
        };
        agent.Events.TurnLatency += (_, latency) =>
        {
            _serverMs.Enqueue(latency.TotalMs);
            Print($"[server] turn latency {latency}");
        };
        agent.Events.BargeIn += (_, tick, _) => Print($"[server] barge-in decided at tick {tick}");
        agent.Events.HangUpRequested += (_, reason) => Print($"[server] hang-up requested ({reason})");
    }

    private async Task PrintCallerEventsAsync(ScriptedCaller caller, IReadOnlyList<ScriptLine> script)
    {
        await foreach (var e in caller.Events.ReadAllAsync().ConfigureAwait(false))
        {
            switch (e.Kind)
            {
                case CallerEventKind.GreetingHeard:
                    Print($"[bot]    {_greeting}");
                    break;
                case CallerEventKind.LineStarted:
                    Print($"[caller] {script[e.Line].Text}{(script[e.Line].OverBotAfterMs > 0 ? "   (over the bot)" : string.Empty)}");
                    break;
                case CallerEventKind.ReplyStarted:
                    _callerMs.Enqueue(e.Value / 1000.0);
                    Print(FormattableString.Invariant($"[caller] reply heard {e.Value / 1000.0:F0} ms after the caller stopped"));
                    break;
                case CallerEventKind.NoReply:
                    Print("[caller] no reply");
                    break;
                case CallerEventKind.Finished:
                    return;
            }
        }
    }

    private static string WriteWav(ScriptedCaller caller, string path, bool stereo)
    {
        var (heard, said) = caller.Recording();
        short[] samples = heard;
        if (stereo)
        {
            samples = new short[heard.Length * 2];
            for (int i = 0; i < heard.Length; i++)
            {
                samples[2 * i] = heard[i];
                samples[2 * i + 1] = said[i];
            }
        }
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        WavWriter.Write(full, new WavAudio(ScriptedCaller.Rate, stereo ? 2 : 1, samples));
        return full;
    }

    private DemoResult Finish(bool answered, string? wav, TimeSpan duration)
    {
        var recognised = _recognised.ToArray();
        var replies = _replies.ToArray();
        var server = _serverMs.ToArray();
        var callerMs = _callerMs.ToArray();
        int turns = Math.Min(recognised.Length, callerMs.Length);
        int exit = answered && turns > 0 ? 0 : 1;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"demo: {(exit == 0 ? "ok" : "FAILED")}, {turns} turns in {duration.TotalSeconds:F1} s; " +
            $"server latency p50 {Median(server):F0} ms, caller-side p50 {Median(callerMs):F0} ms; audio: {wav ?? "not written"}");
        Print(summary);
        return new DemoResult(exit, _greeting, recognised, replies, server, callerMs, wav, duration, summary);
    }

    private static double Median(double[] values)
    {
        if (values.Length == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private void Print(string line)
    {
        lock (_print)
        {
            output.WriteLine(line);
            output.Flush();
        }
    }
}
