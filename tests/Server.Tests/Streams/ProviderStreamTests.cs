using System.Diagnostics;
using MediaCore.Media.Wav;
using MediaCore.Server.Streams.Handlers;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.Streams;

/// <summary>
/// The same end-to-end checks for every provider: a real Kestrel, a real ClientWebSocket speaking the provider's JSON,
/// real speech. Derived classes pick the provider.
/// </summary>
public abstract class ProviderStreamTests(ITestOutputHelper output)
{
    private const string Speech = "en_jfk.wav";

    private protected abstract ProviderTestClient NewClient();

    /// <summary>Smallest outbound media message the provider accepts, in ms.</summary>
    private protected abstract int MinOutboundChunkMilliseconds { get; }

    [Fact]
    public async Task Echo_returns_the_callers_speech_with_marks_dtmf_and_stop()
    {
        await using var server = await StreamTestServer.StartAsync();
        await using var client = NewClient();
        await client.ConnectAsync(server);
        await client.SendStartAsync();
        var handler = await server.NextHandlerAsync<EchoStreamHandler>();
        var speech = SpeechSignals.Load(Speech, client.Rate, seconds: 3.0);
        await client.SendSpeechAsync(speech);
        await client.SendTextAsync(client.DtmfJson('5'));
        await WaitUntilAsync(() => client.ReceivedPcm().Length >= speech.Length, TimeSpan.FromSeconds(3));
        await Task.Delay(200);   // let the last mark round-trip
        await client.SendTextAsync(client.StopJson());
        var reason = await handler.Stopped.WaitAsync(TimeSpan.FromSeconds(5));

        var metadata = handler.Metadata!;
        Assert.Equal(client.CallId, metadata.CallId);
        Assert.Equal(client.StreamId, metadata.StreamId);
        Assert.EndsWith("8047491899", metadata.To);
        Assert.EndsWith("9876543210", metadata.From);
        Assert.Equal(metadata.To, metadata.TenantId);
        Assert.Equal("renewals", metadata.CustomParameters["campaign"]);
        Assert.False(metadata.CustomParameters.ContainsKey("token"));
        Assert.Equal(client.Rate, metadata.SampleRate);
        Assert.Equal(speech.Length / (client.Rate / 50), handler.FramesReceived);
        Assert.Equal("5", handler.Digits);
        Assert.Contains("stop", reason);
        Assert.Empty(client.Violations);

        var media = client.Media;
        AssertChunkSizes(client, media);
        var received = client.ReceivedPcm();
        var (correlation, lag) = EnvelopeCorrelation.Best(speech, received, client.Rate, maxLagFrames: 50);
        output.WriteLine($"{client.Path}: {media.Length} media messages, envelope correlation {correlation:F3} at lag {lag * 20} ms");
        Assert.True(correlation >= 0.9, $"envelope correlation {correlation:F3}");

        Assert.NotEmpty(client.MarksReceived);
        var marks = handler.Marks;
        Assert.NotEmpty(marks);
        Assert.True(marks.Zip(marks.Skip(1)).All(p => p.Second.PlayedSamples > p.First.PlayedSamples), "acknowledged points only move forward");
        Assert.InRange(marks[^1].PlayedSamples, 1, received.Length);
        // Echo pacing follows the caller's input (a stall on either side adds lag that real-time playout never wins
        // back), so only "not dumped at once" is checked here; the WAV test below bounds pacing both ways.
        AssertRealTimeArrival(client, media, maxRatio: 2.0);
    }

    [Fact]
    public async Task Bot_audio_is_paced_in_real_time_and_barge_in_clears_within_one_tick()
    {
        var wav = WavReader.Read(TestPaths.Audio(Speech));
        await using var server = await StreamTestServer.StartAsync(_ => new WavPlayerStreamHandler(wav));
        await using var client = NewClient();
        await client.ConnectAsync(server);
        await client.SendStartAsync();
        var handler = await server.NextHandlerAsync<WavPlayerStreamHandler>();
        await WaitUntilAsync(() => client.ReceivedPcm().Length >= client.Rate * 3 / 2, TimeSpan.FromSeconds(5));

        var decidedAt = handler.RequestClear();
        var clearAt = await client.ClearReceived.WaitAsync(TimeSpan.FromSeconds(2));
        var latency = Stopwatch.GetElapsedTime(decidedAt, clearAt);
        var lastHeard = await handler.FirstClearSent.WaitAsync(TimeSpan.FromSeconds(2));
        await Task.Delay(300);
        var media = client.Media;
        output.WriteLine($"{client.Path}: clear {latency.TotalMilliseconds:F2} ms after the barge-in decision; last heard {lastHeard.PlayedDuration.TotalMilliseconds:F0} ms");

        Assert.InRange(latency.TotalMilliseconds, 0, 40);
        Assert.DoesNotContain(media, m => m.Timestamp > clearAt);
        var beforeClear = media.Where(m => m.Timestamp <= clearAt).ToArray();
        AssertChunkSizes(client, beforeClear);
        AssertRealTimeArrival(client, beforeClear);
        Assert.InRange(lastHeard.PlayedSamples, 1, beforeClear.Sum(m => m.Pcm.Length));
        Assert.Empty(client.Violations);
    }

    private void AssertChunkSizes(ProviderTestClient client, ReceivedMedia[] media)
    {
        Assert.NotEmpty(media);
        var minSamples = client.Rate * MinOutboundChunkMilliseconds / 1000;
        foreach (var chunk in media)
        {
            Assert.True(chunk.Pcm.Length >= minSamples, $"chunk of {chunk.Pcm.Length} samples < {MinOutboundChunkMilliseconds} ms");
            Assert.Equal(0, chunk.Pcm.Length % (client.Rate / 50));
            if (!client.MuLawAudio)
                Assert.Equal(0, chunk.PayloadBytes % 320);
        }
    }

    // Audio that arrives after the first message should take about as long to arrive as it lasts: not dumped at once.
    private void AssertRealTimeArrival(ProviderTestClient client, ReceivedMedia[] media, double maxRatio = 1.3)
    {
        var audio = TimeSpan.FromSeconds((double)media.Skip(1).Sum(m => m.Pcm.Length) / client.Rate);
        var wall = Stopwatch.GetElapsedTime(media[0].Timestamp, media[^1].Timestamp);
        output.WriteLine($"{client.Path}: {audio.TotalMilliseconds:F0} ms of audio arrived over {wall.TotalMilliseconds:F0} ms");
        Assert.InRange(wall.TotalMilliseconds / audio.TotalMilliseconds, 0.8, maxRatio);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var start = Stopwatch.GetTimestamp();
        while (!condition())
        {
            if (Stopwatch.GetElapsedTime(start) > timeout)
                throw new TimeoutException("Condition not met in time.");
            await Task.Delay(10);
        }
    }
}

public sealed class ExotelStreamTests(ITestOutputHelper output) : ProviderStreamTests(output)
{
    private protected override ProviderTestClient NewClient() => new ExotelTestClient();
    private protected override int MinOutboundChunkMilliseconds => 100;
}

public sealed class PlivoStreamTests(ITestOutputHelper output) : ProviderStreamTests(output)
{
    private protected override ProviderTestClient NewClient() => new PlivoTestClient();
    private protected override int MinOutboundChunkMilliseconds => 20;
}

public sealed class TwilioStreamTests(ITestOutputHelper output) : ProviderStreamTests(output)
{
    private protected override ProviderTestClient NewClient() => new TwilioTestClient();
    private protected override int MinOutboundChunkMilliseconds => 20;
}
