using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Tests.Sessions;

/// <summary>Real speech through two real sessions over 127.0.0.1 sockets, for each codec.</summary>
public sealed class RtpSessionAudioTests
{
    private const double ClipSeconds = 3.0;
    private const int Rate = SampleRates.Wideband;

    [Theory]
    [InlineData("PCMU")]
    [InlineData("PCMA")]
    [InlineData("opus")]
    public async Task Speech_played_by_A_is_heard_by_B_and_paced_at_20_ms(string codecName)
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 2 });
        var player = new WavPlayerHandler(SessionHarness.SpeechClip(ClipSeconds), Rate);
        var recorder = new PcmRecorder(Rate, TimeSpan.FromSeconds(ClipSeconds + 2));
        var listener = new WavPlayerHandler(new Wav.WavAudio(Rate, 1, []), Rate, recorder: recorder);
        var (a, b) = SessionHarness.StartPair(scheduler, SessionHarness.Codec(codecName), player, listener);
        await using (a)
        await using (b)
        {
            await SessionHarness.WaitUntil(() => player.Finished, TimeSpan.FromSeconds(ClipSeconds + 3));
            await Task.Delay(400);   // let the jitter buffer drain
            var statsB = b.GetStatistics();
            var (correlation, lag) = EnvelopeCorrelation.Best(player.Clip, recorder.ToWavAudio().Samples, Rate, maxLagFrames: 50);
            Assert.True(correlation >= 0.9, $"{codecName}: envelope correlation {correlation:F3} at lag {lag} frames; {statsB}");
            Assert.InRange(statsB.PacketsReceived, (long)(ClipSeconds * 50 * 0.9), long.MaxValue);
            Assert.Equal(0, statsB.PacketsDroppedFromOtherSources);
            Assert.True(statsB.InboundSpacingDeviation.Count > 100, statsB.InboundSpacingDeviation.ToString());
            Assert.True(statsB.InboundSpacingDeviation.P99 < TimeSpan.FromMilliseconds(10), $"inbound spacing {statsB.InboundSpacingDeviation}");
            Assert.True(a.GetStatistics().OutboundSpacingDeviation.P99 < TimeSpan.FromMilliseconds(10), $"outbound spacing {a.GetStatistics().OutboundSpacingDeviation}");
        }
    }

    [Theory]
    [InlineData("PCMU")]
    [InlineData("opus")]
    public async Task Echo_round_trip_returns_the_speech_to_A(string codecName)
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 2 });
        var recorder = new PcmRecorder(Rate, TimeSpan.FromSeconds(ClipSeconds + 3));
        var player = new WavPlayerHandler(SessionHarness.SpeechClip(ClipSeconds), Rate, recorder: recorder);
        var echo = new EchoHandler(Rate, delayFrames: 2);
        var (a, b) = SessionHarness.StartPair(scheduler, SessionHarness.Codec(codecName), player, echo);
        await using (a)
        await using (b)
        {
            await SessionHarness.WaitUntil(() => player.Finished, TimeSpan.FromSeconds(ClipSeconds + 3));
            await Task.Delay(700);   // two jitter buffers and the echo delay
        }
        var (correlation, lag) = EnvelopeCorrelation.Best(player.Clip, recorder.ToWavAudio().Samples, Rate, maxLagFrames: 60);
        Assert.True(correlation >= 0.9, $"{codecName}: echo envelope correlation {correlation:F3} at lag {lag} frames");
        Assert.InRange(lag, 3, 60);   // the echo cannot come back before it was sent
    }
}
