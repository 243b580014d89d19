using MediaCore.Pipeline.Privacy;
using MediaCore.Pipeline.Records;
using MediaCore.Server.Agent.Records;
using MediaCore.Server.Tests.Records;
using MediaCore.Server.Tests.Streams;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>
/// A Twilio stream call with call records on is recorded exactly like a SIP call: provider-prefixed call id, tenant,
/// the dialled number, the caller as the HMAC of the start's `from`, answer and end, turns with the bot's latency,
/// the dialog's language and outcome. The records already knew this caller by name (an earlier call), so the agent
/// greets them by it; and nothing the server logged carries the number.
/// </summary>
[Collection(AgentStreamCollection.Name)]
public sealed class RecordedStreamCallTests(AgentStreamFixture fixture, ITestOutputHelper output)
{
    private static readonly TenantId Kitchen = new(AgentCallScenario.TenantId);

    [Fact]
    public async Task Twilio_call_is_recorded_like_a_sip_call_and_the_returning_caller_is_greeted_by_name()
    {
        var keys = RecordsTestKeys.Install();
        var hasher = new CallerHasher(keys, new PhoneNumberNormalizer("91"));
        var caller = hasher.Hash(RecordsTestKeys.CallerNumber);
        using var temp = new TempFolder();
        await using var store = await RecordStoreFactory.OpenAsync(new RecordStoreOptions { Path = Path.Combine(temp.Path, "records.db") });
        var earlier = DateTimeOffset.UtcNow.AddDays(-2);
        await store.StartCallAsync(new CallStart(Kitchen, "earlier-call", AgentStreamFixture.HimalayanKitchenDid, caller, StartedAt: earlier));
        await store.EndCallAsync(Kitchen, "earlier-call", new CallEnd(CallOutcome.Resolved, earlier.AddMinutes(1), "en", "asha"));

        var logs = new CapturingLoggerProvider();
        var client = new TwilioTestClient();
        string greeting;
        // The answer's latency is written once its first audio went out: the caller hangs up only after that.
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var recording = new CallRecordingOptions(store, hasher)
        {
            TurnStored = (_, turn) => { if (turn.Speaker == Speaker.Bot && turn.LatencyMs is not null) answered.TrySetResult(); },
        };
        await using (var server = await AgentStreamServer.StartAsync(fixture, recording, logs))
        {
            await using (var call = await AgentCallScenario.StartAsync(server, client, output)) // from: RecordsTestKeys.CallerNumber
            {
                await call.WaitForBotTurnAsync(since: 0, TimeSpan.FromSeconds(30));
                greeting = call.Greeting;
                await call.Microphone.SayAsync(fixture.Speak("what are your hours", client.Rate));
                await call.WaitForAsync(() => call.Replies.FirstOrDefault(), TimeSpan.FromSeconds(20), "no reply");
                await answered.Task.WaitAsync(TimeSpan.FromSeconds(20));
                foreach (var line in call.Log)
                    logs.Lines.Enqueue(line); // the agent's own log lines are scanned too
            } // the caller hangs up: Twilio's stop
            await server.Factory.AgentsFor(AgentCallScenario.TenantId).RecordsWrittenAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.StartsWith("Welcome back, Asha!", greeting, StringComparison.Ordinal);
        var record = await store.GetCallAsync(Kitchen, "twilio:" + client.StreamId);
        Assert.NotNull(record);
        foreach (var turn in record.Turns)
            output.WriteLine($"record turn {turn.Index} {turn.Speaker} {turn.LatencyMs?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ms: {turn.Text}");
        Assert.Equal(AgentStreamFixture.HimalayanKitchenDid, record.Did);
        Assert.Equal(caller, record.Caller);
        Assert.NotNull(record.AnsweredAt);
        Assert.NotNull(record.EndedAt);
        Assert.Equal(CallOutcome.Resolved, record.Outcome); // the hours were answered (get_hours), then the caller hung up
        Assert.Equal("en", record.Language);
        Assert.StartsWith("Welcome back, Asha!", record.Turns[0].Text, StringComparison.Ordinal);
        Assert.Contains(record.Turns, t => t.Speaker == Speaker.Caller && t.Text?.Contains("hours", StringComparison.Ordinal) == true);
        var answer = Assert.Single(record.Turns, t => t.Speaker == Speaker.Bot && t.Text?.Contains("open", StringComparison.OrdinalIgnoreCase) == true);
        Assert.True(answer.LatencyMs is > 0 and < 20_000, $"bot turn latency {answer.LatencyMs}");

        var log = logs.AllText;
        Assert.Contains(client.StreamId, log, StringComparison.Ordinal); // the scan did see the session's log
        LogScan.AssertClean(log);
    }
}
