using System.Diagnostics;
using MediaCore.Server.Tests.Streams;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>
/// The caller talks over the agent's greeting: the pipeline decides barge-in on a caller frame, and the provider's
/// clear message must leave the server within the same 20 ms tick (both instants are Stopwatch timestamps taken in
/// this process: the deciding frame's, and the session's report that the clear was sent).
/// </summary>
[Collection(AgentStreamCollection.Name)]
public sealed class AgentBargeInTests(AgentStreamFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan OneTick = TimeSpan.FromMilliseconds(20);

    [Fact]
    public Task Twilio_caller_talking_over_the_greeting_gets_a_clear_in_the_deciding_tick() =>
        BargeInAsync(new TwilioTestClient(), "clear");

    [Fact]
    public Task Plivo_caller_talking_over_the_greeting_gets_clearAudio_in_the_deciding_tick() =>
        BargeInAsync(new PlivoTestClient(rate: 8_000, contentType: "audio/x-mulaw"), "clearAudio");

    [Fact]
    public Task Exotel_caller_talking_over_the_greeting_gets_a_clear_in_the_deciding_tick() =>
        BargeInAsync(new ExotelTestClient(rate: 8_000), "clear");

    /// <summary>
    /// A provider whose buffer runs 2 s ahead (its mark echoes come 2 s late): when the caller barges in, the history
    /// must hold only what the provider confirmed as played — the greeting up to the last echoed mark — not the
    /// seconds more that had been sent. Judged against the audio: the share of the greeting's text kept matches the
    /// share of its (offline flite) duration confirmed, and falls well short of the share sent.
    /// </summary>
    [Fact]
    public async Task Late_mark_echoes_cut_the_history_where_the_provider_confirmed_not_where_audio_was_sent()
    {
        var client = new TwilioTestClient { AcknowledgeDelay = TimeSpan.FromSeconds(2) };
        await using var server = await AgentStreamServer.StartAsync(fixture);
        await using var call = await AgentCallScenario.StartAsync(server, client, output);
        await call.WaitForAsync(() => client.Media.Length >= 200 ? "4 s of greeting" : null, TimeSpan.FromSeconds(30), "no greeting audio");

        _ = call.Microphone.SayAsync(fixture.Speak("what are your hours", client.Rate));
        long clearAt = await client.ClearReceived.WaitAsync(TimeSpan.FromSeconds(20));
        long sent = client.Media.Where(m => m.Timestamp <= clearAt).Sum(m => (long)m.Pcm.Length);
        var heard = await call.WaitForAsync(() => call.Handler.LastHeard is { } mark ? Tuple.Create(mark) : null,
            TimeSpan.FromSeconds(5), "the clear was not reported");
        var cut = await call.WaitForAsync(() => call.Handler.Pipeline?.History.FirstOrDefault(m => m.Interrupted),
            TimeSpan.FromSeconds(10), "no interrupted bot turn in the history");

        var greeting = call.Greeting;
        double fullSamples = fixture.Speak(greeting, client.Rate).Length - client.Rate * 0.4; // minus Speak's padding
        double confirmedShare = heard.Item1.PlayedSamples / fullSamples, sentShare = sent / fullSamples;
        double keptShare = (double)cut.Content.Length / greeting.Length;
        output.WriteLine($"sent {sent / (double)client.Rate:F2} s ({sentShare:P0}), confirmed {heard.Item1.PlayedDuration.TotalSeconds:F2} s " +
            $"({confirmedShare:P0}, {call.Handler.LastHeardPosition}); history keeps {keptShare:P0}: '{cut.Content}'");

        Assert.True(sent - heard.Item1.PlayedSamples >= client.Rate, "the echoes were not behind what was sent");
        Assert.NotEmpty(cut.Content);
        Assert.StartsWith(cut.Content, greeting, StringComparison.Ordinal);
        Assert.InRange(keptShare, confirmedShare - 0.15, confirmedShare + 0.15);
        Assert.True(keptShare < sentShare - 0.1, $"the history keeps {keptShare:P0} of the greeting, close to the {sentShare:P0} sent");
    }

    private async Task BargeInAsync(ProviderTestClient client, string clearName)
    {
        await using var server = await AgentStreamServer.StartAsync(fixture);
        await using var call = await AgentCallScenario.StartAsync(server, client, output);
        await call.WaitForAsync(() => client.Media.Length >= 25 ? "greeting playing" : null, TimeSpan.FromSeconds(20), "no greeting audio");

        _ = call.Microphone.SayAsync(fixture.Speak("what are your hours", client.Rate));
        long clearAt = await client.ClearReceived.WaitAsync(TimeSpan.FromSeconds(20));
        var (tick, decidedAt) = await call.WaitForAsync(() => call.BargeIns.Select(b => Tuple.Create(b.Tick, b.Timestamp)).FirstOrDefault(),
            TimeSpan.FromSeconds(5), "no barge-in event");
        long sentAt = call.Handler.LastClearSentTimestamp;
        var decisionToSent = Stopwatch.GetElapsedTime(decidedAt, sentAt);
        output.WriteLine($"{clearName}: barge-in decided at tick {tick}; clear sent {decisionToSent.TotalMilliseconds:F2} ms later, " +
            $"received by the client {Stopwatch.GetElapsedTime(decidedAt, clearAt).TotalMilliseconds:F2} ms after the decision");

        Assert.Equal(tick, call.Handler.Pipeline!.LastBargeInTick);
        Assert.True(sentAt > decidedAt, "the clear went out after the decision");
        Assert.True(decisionToSent < OneTick, $"clear sent {decisionToSent.TotalMilliseconds:F1} ms after the decision");
        // The handler noticed the decision on the very caller frame that produced it.
        Assert.InRange(Stopwatch.GetElapsedTime(call.Handler.LastBargeInTimestamp, decidedAt), TimeSpan.Zero, OneTick);
        Assert.NotNull(call.Handler.LastHeard);
        Assert.Empty(client.Violations);

        // The greeting stops: no more than a chunk in flight arrives after the clear; then the question is answered.
        var (heard, heardAt) = await call.WaitForAsync(() => call.Recognised.Select(r => Tuple.Create(r.Text, r.At)).FirstOrDefault(),
            TimeSpan.FromSeconds(15), "the interrupting question was not answered");
        Assert.Contains("hours", heard);
        var afterClear = client.Media.Where(m => m.Timestamp > clearAt && m.Timestamp < heardAt).Sum(m => m.Pcm.Length);
        Assert.True(afterClear <= client.Rate / 10, $"{afterClear} samples of greeting after the clear");
    }
}
