using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using MediaCore.Media.Scheduling;
using MediaCore.Server.Agent;
using MediaCore.Server.Client;
using MediaCore.Server.Demo;
using MediaCore.Server.Hosting;
using MediaCore.Server.Protos.V1;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using Microsoft.Extensions.Logging;
using ApiCallState = MediaCore.Server.Protos.V1.CallState;

namespace MediaCore.Server.Tests.Hosting;

/// <summary>
/// The whole `serve` host in-process on free ports: a real SIP call from our own endpoint (the demo's scripted caller
/// speaking flite audio) reaches the Himalayan Kitchen agent; the control API client sees it listed, streams its
/// state changes, greeting and transcript, makes it speak, and hangs it up; /metrics follows it.
/// </summary>
public sealed class MediaCoreHostCallTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task RealCall_IsListedStreamedSpokenToAndHungUp_ThroughTheControlApi_AndCountedInMetrics()
    {
        using var temp = new TempFolder();
        using var engines = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));
        var logLines = new List<string>();
        await using var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            // Opus first, as the demo does: wideband audio is what the recogniser handles best.
            Config = HostTestConfig.Create(temp, http: true) with { Codecs = SipAgentHost.Codecs },
            Engines = engines,
            Log = line => { lock (logLines) logLines.Add(line); },
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
        Assert.NotNull(host.Control);
        Assert.NotNull(host.MetricsEndpoint);
        Assert.NotNull(host.Http);
        lock (logLines)
        {
            Assert.Contains(logLines, l => l.StartsWith($"control API on 127.0.0.1:{host.Control.Port}", StringComparison.Ordinal));
            Assert.Contains(logLines, l => l.StartsWith($"metrics on http://127.0.0.1:{host.MetricsEndpoint.Port}/metrics", StringComparison.Ordinal));
            Assert.Contains(logLines, l => l.StartsWith($"http on http://127.0.0.1:{host.Http.Port}/", StringComparison.Ordinal));
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var metricsUri = new Uri($"http://127.0.0.1:{host.MetricsEndpoint.Port}/metrics");
        Assert.Equal("ok\n", await http.GetStringAsync(new Uri($"http://127.0.0.1:{host.MetricsEndpoint.Port}/healthz")));
        Assert.Contains("himalayan-kitchen", await http.GetStringAsync(new Uri($"http://127.0.0.1:{host.Http.Port}/api/tenants")), StringComparison.Ordinal);
        foreach (var provider in new[] { "exotel", "plivo", "twilio" })
        {
            using var plainGet = await http.GetAsync(new Uri($"http://127.0.0.1:{host.Http.Port}/streams/{provider}"));
            Assert.NotEqual(System.Net.HttpStatusCode.NotFound, plainGet.StatusCode); // mapped; only WebSocket upgrades are served
        }

        using var client = new ControlApiClient(new Uri($"http://127.0.0.1:{host.Control.Port}"), HostTestConfig.Token);
        using var streamStop = new CancellationTokenSource(TimeSpan.FromSeconds(55));
        var events = Channel.CreateUnbounded<Event>();
        var pump = PumpAsync(client, events.Writer, streamStop.Token);
        await WaitUntilAsync(() => host.Events.SubscriberCount == 1);

        var script = await DemoScript.VoiceAsync(["what are your hours"], engines.Voice);
        var caller = new ScriptedCaller(script, maxSeconds: 60);
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        await using var phone = new SipAgentHost(scheduler, null, "caller");
        var sipPort = host.Config.SipUdp!.Port;
        var call = phone.Endpoint.Originate(new OriginateOptions { Target = $"sip:+914000123456@127.0.0.1:{sipPort}", FromUser = "+919876543210" });
        call.UseAudioHandler(caller);
        var callerEnded = new TaskCompletionSource<CallEndedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        call.Ended += (_, e) => callerEnded.TrySetResult(e);

        var seen = new List<Event>();
        var answered = await NextAsync(events.Reader, seen, e => e.CallState?.Call.State == ApiCallState.Answered);
        string callId = answered.CallId;
        Assert.Equal("himalayan-kitchen", answered.TenantId);

        var listed = Assert.Single(await client.ListCallsAsync());
        Assert.Equal(callId, listed.Id);
        Assert.Equal(MediaCore.Server.Protos.V1.CallDirection.Inbound, listed.Direction);
        Assert.Equal(ApiCallState.Answered, listed.State);
        Assert.Equal("+914000123456", listed.To);
        Assert.DoesNotContain("9876543210", listed.FromMasked, StringComparison.Ordinal);
        Assert.Equal("opus/48000", listed.Codec);
        Assert.NotNull(listed.AnswerTime);
        Assert.Equal(callId, (await client.GetCallAsync(callId)).Id);

        string during = await http.GetStringAsync(metricsUri);
        Assert.Equal(1, Sample(during, "mediacore_active_calls{tenant=\"himalayan-kitchen\"}"));

        var greeting = await NextAsync(events.Reader, seen, e => e.BotUtterance is not null);
        Assert.Equal(callId, greeting.CallId);
        Assert.Contains("Himalayan", greeting.BotUtterance.Text, StringComparison.OrdinalIgnoreCase);
        var transcript = await NextAsync(events.Reader, seen, e => e.Transcript is { IsFinal: true });
        Assert.StartsWith("what are your", transcript.Transcript.Text, StringComparison.OrdinalIgnoreCase);

        var turn = await NextAsync(events.Reader, seen, e => e.TurnLatency is not null);
        Assert.True(turn.TurnLatency.Total.ToTimeSpan() > TimeSpan.Zero);

        string utterance = await client.SayAsync(callId, "One moment please.", interrupt: true);
        var said = await NextAsync(events.Reader, seen, e => e.BotUtterance?.UtteranceId == utterance);
        Assert.Equal("One moment please.", said.BotUtterance.Text);

        await client.HangupAsync(callId);
        var ended = await NextAsync(events.Reader, seen, e => e.CallState?.Call.State == ApiCallState.Ended);
        Assert.Equal("hangup-api", ended.CallState.Call.EndReason);
        Assert.Equal(CallEndReason.RemoteHangup, (await callerEnded.Task.WaitAsync(Patience)).Reason);
        Assert.Empty(await client.ListCallsAsync());
        Assert.Equal(ApiCallState.Ended, Assert.Single(await client.ListCallsAsync(includeEnded: true)).State);

        string after = await http.GetStringAsync(metricsUri);
        Assert.Equal(0, Sample(after, "mediacore_active_calls{tenant=\"himalayan-kitchen\"}"));
        Assert.Equal(1, Sample(after, "mediacore_calls_total{tenant=\"himalayan-kitchen\",outcome=\"completed\"}"));
        Assert.True(Sample(after, "mediacore_stage_latency_seconds_count{stage=\"end_to_end\"}") >= 1);
        Assert.True(seen.Count(e => e.CallState is not null) >= 3, "ringing, answered and ended states");

        await streamStop.CancelAsync();
        await pump;
    }

    internal static async Task PumpAsync(ControlApiClient client, ChannelWriter<Event> writer, CancellationToken ct)
    {
        try
        {
            await foreach (var e in client.StreamEventsAsync(options: new ControlCallOptions { CancellationToken = ct }))
                await writer.WriteAsync(e, ct);
        }
        catch (Exception e) when (e is OperationCanceledException || ct.IsCancellationRequested)
        {
        }
        writer.TryComplete();
    }

    internal static async Task<Event> NextAsync(ChannelReader<Event> reader, List<Event> seen, Func<Event, bool> match)
    {
        if (seen.FirstOrDefault(match) is { } earlier)
            return earlier;
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var e = await reader.ReadAsync(timeout.Token);
            seen.Add(e);
            if (match(e))
                return e;
        }
    }

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 500 && !condition(); i++)
            await Task.Delay(20);
        Assert.True(condition());
    }

    internal static double Sample(string exposition, string series)
    {
        var match = Regex.Match(exposition, "^" + Regex.Escape(series) + @" (\S+)$", RegexOptions.Multiline);
        Assert.True(match.Success, $"no {series} in\n{exposition}");
        return double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
