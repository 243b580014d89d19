using System.Text.Json;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;
using MediaCore.Server.Grpc;
using MediaCore.Server.Hosting;
using MediaCore.Server.Tests.Hosting;
using MediaCore.Sip.Calls;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.Interop;

/// <summary>
/// Interop with an independent gRPC implementation against the real server: the `serve` host (SIP on a free loopback
/// port, control API as h2c, metrics, the tenants' agents) runs in-process; interop.js (Node, @grpc/grpc-js) calls
/// every RPC while a real SIP call is up — one it originates itself to our <see cref="InteropCallee"/>, which speaks a
/// line to the agent. We assert the statuses and payloads it prints, what the callee got (audio, DTMF, REFER, BYE),
/// and the /metrics it scraped during the call. (The former variant against SimulatedCallControl is gone: every RPC
/// and status it covered is covered here on a real call; the Grpc tests keep the simulated control for wire details.)
/// </summary>
public sealed class NodeInteropTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task Grpc_js_client_calls_every_rpc_during_a_real_sip_call()
    {
        await NodeScript.EnsureModulesAsync();
        using var temp = new TempFolder();
        using var engines = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));
        var logs = new CapturingLoggerProvider();
        await using var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            Config = HostTestConfig.Create(temp, http: false) with { Codecs = SipAgentHost.Codecs },
            Engines = engines,
            ConfigureLogging = logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Information),
        });
        await using var callee = new InteropCallee(await DemoScript.VoiceAsync(["what are your hours"], engines.Voice));

        var (exit, stdout, stderr) = await NodeScript.RunAsync(
            $"interop.js {host.Control!.Port} {HostTestConfig.Token} {callee.Uri} {host.MetricsEndpoint!.Port}",
            stdin => DriveAsync(callee, stdin), TimeSpan.FromSeconds(120));
        Assert.True(exit == 0, $"node exited {exit}:\n{stderr}\n{stdout}");
        using var json = JsonDocument.Parse(stdout);
        var r = json.RootElement;

        AssertServiceRpcs(r);
        AssertTenantRpcs(r);
        string callId = AssertLiveCall(r);
        AssertEvents(r, callId);
        InteropMetrics.AssertMovedDuringTheCall(r.GetProperty("scrapes"));

        Assert.Equal(["1", "#"], callee.Digits.Select(d => d.ToString()));
        Assert.Equal("sip:front-desk@127.0.0.1:5999", Assert.Single(callee.TransferTargets));
        Assert.Equal(CallEndReason.RemoteHangup, (await callee.Ended.WaitAsync(Patience)).Reason);
        AssertCallLogLines(logs, callId);
    }

    // Every per-call line names the call and its tenant as structured values; no number of either party appears.
    private static void AssertCallLogLines(CapturingLoggerProvider logs, string callId)
    {
        var lines = logs.Lines.Where(l => l.Contains($"call {callId} ", StringComparison.Ordinal)).ToArray();
        foreach (var expected in new[] { "ringing", "answered (opus/48000)", "control API: say", "control API: hangup", "ended: node-done (completed)" })
            Assert.Contains(lines, l => l.Contains(expected, StringComparison.Ordinal));
        Assert.All(lines, l =>
        {
            Assert.Contains($"CallId={callId};", l, StringComparison.Ordinal);
            Assert.Contains("Tenant=himalayan-kitchen;", l, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("1140001234", logs.AllText, StringComparison.Ordinal);
    }

    // The Node script waits for these signals: the caller's line and the bot's reply are over, and (armed then, so
    // only later bot audio counts) the caller heard the text Say asked for.
    private static async Task DriveAsync(InteropCallee callee, StreamWriter stdin)
    {
        await callee.Caller.Finished.WaitAsync(Patience);
        callee.Probe.Arm();
        await stdin.WriteLineAsync("caller-done");
        await callee.Probe.Heard.WaitAsync(Patience);
        await stdin.WriteLineAsync("say-heard");
    }

    private static void AssertServiceRpcs(JsonElement r)
    {
        Assert.Equal("SERVING_STATUS_SERVING", Value(r, "health").GetProperty("status").GetString());
        Assert.Equal("1", Value(r, "healthDuring").GetProperty("activeCalls").ToString());
        Assert.Equal("mediacore.v1", Value(r, "version").GetProperty("apiVersion").GetString());
        AssertStatus(r, "unaryDeadlineOk", GrpcStatusCode.Ok);
    }

    private static void AssertTenantRpcs(JsonElement r)
    {
        Assert.Equal("Node Tenant", Value(r, "upsert").GetProperty("name").GetString());
        Assert.Equal("+15550001111", Value(r, "getTenant").GetProperty("dids")[0].GetString());
        Assert.Contains("id: node-tenant", Value(r, "getTenant").GetProperty("configYaml").GetString(), StringComparison.Ordinal);
        Assert.Contains(Value(r, "listTenants").GetProperty("tenants").EnumerateArray(), t => t.GetProperty("id").GetString() == "node-tenant");
        AssertStatus(r, "invalidTenant", GrpcStatusCode.InvalidArgument, "time_zone");
        AssertStatus(r, "badId", GrpcStatusCode.InvalidArgument);
        AssertStatus(r, "badToken", GrpcStatusCode.Unauthenticated);
        AssertStatus(r, "noToken", GrpcStatusCode.Unauthenticated);
        AssertStatus(r, "unknownTenant", GrpcStatusCode.NotFound, "no-such-tenant");
        AssertStatus(r, "deleteTenant", GrpcStatusCode.Ok);
        AssertStatus(r, "getDeleted", GrpcStatusCode.NotFound);
    }

    private static string AssertLiveCall(JsonElement r)
    {
        var originated = Value(r, "originate");
        string callId = originated.GetProperty("id").GetString()!;
        Assert.Equal("CALL_DIRECTION_OUTBOUND", originated.GetProperty("direction").GetString());
        Assert.DoesNotContain("1140001234", originated.GetProperty("fromMasked").GetString(), StringComparison.Ordinal);

        var live = Value(r, "getCall");
        Assert.Equal(callId, live.GetProperty("id").GetString());
        Assert.Equal("CALL_STATE_ANSWERED", live.GetProperty("state").GetString());
        Assert.Equal("opus/48000", live.GetProperty("codec").GetString());
        var listed = Assert.Single(Value(r, "listCalls").GetProperty("calls").EnumerateArray());
        Assert.Equal(callId, listed.GetProperty("id").GetString());

        Assert.True(Value(r, "mutedCall").GetProperty("agentMuted").GetBoolean());
        AssertStatus(r, "muteOn", GrpcStatusCode.Ok);
        AssertStatus(r, "muteOff", GrpcStatusCode.Ok);
        Assert.StartsWith(callId + "-u", Value(r, "say").GetProperty("utteranceId").GetString(), StringComparison.Ordinal);
        var stats = Value(r, "statsCall").GetProperty("stats");
        Assert.True(long.Parse(stats.GetProperty("packetsReceived").GetString()!) > 100, $"media flowed: {stats}");
        Assert.True(long.Parse(stats.GetProperty("packetsSent").GetString()!) > 100, $"media flowed: {stats}");
        Assert.True(stats.GetProperty("turns").GetInt32() >= 1, $"a turn was counted: {stats}");

        AssertStatus(r, "dtmf", GrpcStatusCode.Ok);
        AssertStatus(r, "badDtmf", GrpcStatusCode.InvalidArgument, "0-9");
        AssertStatus(r, "emptySay", GrpcStatusCode.InvalidArgument);
        AssertStatus(r, "transfer", GrpcStatusCode.Ok);
        AssertStatus(r, "hangup", GrpcStatusCode.Ok);
        AssertStatus(r, "hangupAgain", GrpcStatusCode.FailedPrecondition);
        AssertStatus(r, "unknownCall", GrpcStatusCode.NotFound, "no-such-call");
        AssertStatus(r, "hangupUnknown", GrpcStatusCode.NotFound);
        Assert.Empty(Value(r, "listAfter").GetProperty("calls").EnumerateArray());
        var ended = Assert.Single(Value(r, "listEnded").GetProperty("calls").EnumerateArray());
        Assert.Equal("node-done", ended.GetProperty("endReason").GetString());
        Assert.Equal((int)GrpcStatusCode.DeadlineExceeded, r.GetProperty("streamDeadline").GetProperty("code").GetInt32());
        Assert.Equal((int)GrpcStatusCode.Cancelled, r.GetProperty("cancelledStream").GetProperty("code").GetInt32());
        return callId;
    }

    // Everything the call did arrived on the stream while it ran (before the hang-up was asked for), in order.
    private static void AssertEvents(JsonElement r, string callId)
    {
        var events = r.GetProperty("stream").GetProperty("events").EnumerateArray().ToArray();
        int beforeHangup = r.GetProperty("eventsBeforeHangup").GetInt32();
        var during = events[..beforeHangup];
        Assert.All(events, e => Assert.Equal(callId, e.GetProperty("callId").GetString()));
        var sequences = events.Select(e => ulong.Parse(e.GetProperty("sequence").GetString()!)).ToArray();
        Assert.Equal(sequences.Order(), sequences);

        string[] states = [.. during.Where(e => Kind(e) == "callState").Select(e => e.GetProperty("callState").GetProperty("call").GetProperty("state").GetString()!)];
        Assert.Equal(["CALL_STATE_RINGING", "CALL_STATE_ANSWERED", "CALL_STATE_TRANSFERRING", "CALL_STATE_ANSWERED"], states);
        var utterances = during.Where(e => Kind(e) == "botUtterance").Select(e => e.GetProperty("botUtterance")).ToArray();
        Assert.Contains("Himalayan", utterances[0].GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(utterances, u => u.GetProperty("utteranceId").GetString() == Value(r, "say").GetProperty("utteranceId").GetString()
            && u.GetProperty("text").GetString() == "Your table will be ready in ten minutes.");
        var transcript = during.First(e => Kind(e) == "transcript").GetProperty("transcript");
        Assert.True(transcript.GetProperty("isFinal").GetBoolean());
        Assert.StartsWith("what are your", transcript.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(during, e => Kind(e) == "turnLatency");

        var last = events[^1].GetProperty("callState").GetProperty("call");
        Assert.Equal("CALL_STATE_ENDED", last.GetProperty("state").GetString());
        Assert.Equal("node-done", last.GetProperty("endReason").GetString());
    }

    private static string Kind(JsonElement e) => e.GetProperty("kind").GetString()!;

    private static JsonElement Value(JsonElement results, string name)
    {
        AssertStatus(results, name, GrpcStatusCode.Ok);
        return results.GetProperty(name).GetProperty("value");
    }

    private static void AssertStatus(JsonElement results, string name, GrpcStatusCode expected, string? detail = null)
    {
        var result = results.GetProperty(name);
        var details = result.TryGetProperty("details", out var d) ? d.GetString() : "";
        Assert.True((int)expected == result.GetProperty("code").GetInt32(), $"{name}: expected {expected}, got {result}");
        if (detail is not null)
            Assert.Contains(detail, details, StringComparison.Ordinal);
    }
}
