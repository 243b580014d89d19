using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;

namespace MediaCore.Media.Tests.Sessions;

/// <summary>Real speech through two real sessions over 127.0.0.1 sockets, for each codec.</summary>
[Collection(nameof(RealTimeCollection))]
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
        var listener = new WavPlayerHandler(new MediaCore.Media.Wav.WavAudio(Rate, 1, []), Rate, recorder: recorder);
        var (a, b) = SessionHarness.StartPair(scheduler, SessionHarness.Codec(codecName), player, listener);
        await using (a)
        await using (b)
        {
            await SessionHarness.WaitUntil(() => player.Finished, TimeSpan.FromSeconds(ClipSeconds + 3));
            await Task.Delay(800);   // let the jitter buffer drain
            var statsB = b.GetStatistics();
            var received = recorder.ToWavAudio().Samples;
            var (correlation, lag) = EnvelopeCorrelation.Best(player.Clip, received, Rate, maxLagFrames: 50);
            double segments = EnvelopeCorrelation.MedianSegmentCorrelation(player.Clip, received, Rate, segmentFrames: 50, maxLagFrames: 50);
            Assert.True(Math.Max(correlation, segments) >= RequiredCorrelation(statsB),
                $"{codecName}: envelope correlation {correlation:F3} at lag {lag} frames, median 1 s segment {segments:F3}; {statsB}");
            Assert.InRange(statsB.PacketsReceived, (long)(ClipSeconds * 50 * 0.9), long.MaxValue);
            Assert.Equal(0, statsB.PacketsDroppedFromOtherSources);
            Assert.True(statsB.InboundSpacingDeviation.Count > 100, statsB.InboundSpacingDeviation.ToString());
            AssertPacing(statsB.InboundSpacingDeviation, a.GetStatistics().OutboundSpacingDeviation, scheduler);
        }
    }

    /// <summary>
    /// 0.9, unless packets arrived after a gap longer than the jitter buffer can absorb (the OS stalled the process on an
    /// overloaded box), or the receiver's own ticks stalled so the jitter buffer had to discard frames to get back to its
    /// target delay: the buffer then rightly drops the backlog to get back to real time, losing speech, and only a
    /// clearly-speech 0.6 can be asked for.
    /// </summary>
    private static double RequiredCorrelation(RtpSessionStatistics receiver) =>
        receiver.InboundSpacingDeviation.Max < TimeSpan.FromMilliseconds(200) && receiver.JitterBuffer.Discarded <= 5 ? 0.9 : 0.6;


    /// <summary>
    /// Packet spacing must stay near 20 ms. The tight p99 bound only applies when the box let our tick threads run on
    /// time (worst tick lateness under 10 ms): when the OS stalls the process, no pacer can keep spacing, and the
    /// median is still checked. Real numbers under load go to the SessionPacing benchmark.
    /// </summary>
    private static void AssertPacing(DurationSummary inbound, DurationSummary outbound, MediaTickScheduler scheduler)
    {
        var message = $"inbound {inbound}; outbound {outbound}";
        Assert.True(inbound.P50 < TimeSpan.FromMilliseconds(10), message);
        Assert.True(outbound.P50 < TimeSpan.FromMilliseconds(10), message);
        bool scheduledOnTime = scheduler.GetStatistics().All(t => t.Lateness.Max < TimeSpan.FromMilliseconds(10));
        if (scheduledOnTime)
        {
            Assert.True(inbound.P99 < TimeSpan.FromMilliseconds(10), message);
            Assert.True(outbound.P99 < TimeSpan.FromMilliseconds(10), message);
        }
    }

    [Theory]
    [InlineData("PCMU")]
    [InlineData("opus")]
    public async Task Echo_round_trip_returns_the_speech_to_A(string codecName)
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 2 });
        var recorder = new PcmRecorder(Rate, TimeSpan.FromSeconds(ClipSeconds + 6));
        var player = new WavPlayerHandler(SessionHarness.SpeechClip(ClipSeconds), Rate, recorder: recorder);
        var echo = new EchoHandler(Rate, delayFrames: 2);
        double required;
        var (a, b) = SessionHarness.StartPair(scheduler, SessionHarness.Codec(codecName), player, echo);
        await using (a)
        await using (b)
        {
            await SessionHarness.WaitUntil(() => player.Finished, TimeSpan.FromSeconds(ClipSeconds + 3));
            await Task.Delay(1500);   // two jitter buffers and the echo delay (more under CI stalls)
            required = Math.Min(RequiredCorrelation(a.GetStatistics()), RequiredCorrelation(b.GetStatistics()));
        }
        var received = recorder.ToWavAudio().Samples;
        var (correlation, lag) = EnvelopeCorrelation.Best(player.Clip, received, Rate, maxLagFrames: 100);
        double segments = EnvelopeCorrelation.MedianSegmentCorrelation(player.Clip, received, Rate, segmentFrames: 50, maxLagFrames: 100);
        Assert.True(Math.Max(correlation, segments) >= required,
            $"{codecName}: echo envelope correlation {correlation:F3} at lag {lag} frames, median 1 s segment {segments:F3}");
        if (correlation >= 0.9)
            Assert.InRange(lag, 3, 100);   // the echo cannot come back before it was sent
    }
}
