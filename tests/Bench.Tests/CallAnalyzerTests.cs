using System.Diagnostics;
using MediaCore.Bench.Load.Analysis;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Rtp;

namespace MediaCore.Bench.Tests;

public sealed class CallAnalyzerTests
{
    private static readonly long Ms = Stopwatch.Frequency / 1000;

    [Fact]
    public void Counts_loss_reordering_and_duplicates_across_a_sequence_wrap()
    {
        // 65534, 65535, [0 lost], 2, 1 (late), 2 (duplicate), 3
        ushort[] order = [65534, 65535, 2, 1, 2, 3];
        var packets = order.Select((s, i) => Packet(i * 20 * Ms, s, audible: false)).ToList();
        var metrics = new CallAnalyzer().Analyze(Record(packets), out _);
        Assert.Equal(6, metrics.PacketsExpected);
        Assert.Equal(1, metrics.PacketsLost);
        Assert.Equal(1, metrics.OutOfOrder);
        Assert.Equal(1, metrics.Duplicates);
        Assert.Equal(1 / 6.0, metrics.LossRatio, 6);
    }

    [Fact]
    public void Pacing_is_the_deviation_from_20_ms_between_consecutive_packets()
    {
        long[] arrivals = [0, 20, 45, 60, 80];
        var packets = arrivals.Select((a, i) => Packet(a * Ms, (ushort)(100 + i), audible: false)).ToList();
        new CallAnalyzer().Analyze(Record(packets), out var pacing);
        Assert.Equal([0, 5, 5, 0], pacing.Select(p => Math.Round(p, 3)));
    }

    [Fact]
    public void Response_latency_runs_from_the_last_speech_packet_to_the_first_audible_reply()
    {
        long t0 = 1_000 * Ms;
        var sends = Enumerable.Range(0, 10).Select(i => t0 + i * 20 * Ms).ToArray();   // speech frames 0–4
        var packets = new List<ReceivedPacket>
        {
            Packet(t0 + 50 * Ms, 1, audible: true),     // during speech: not a reply
            Packet(t0 + 100 * Ms, 2, audible: false),
            Packet(t0 + 180 * Ms, 3, audible: true),    // first audible after the last speech packet (t0 + 80)
            Packet(t0 + 200 * Ms, 4, audible: true),    // the echo's tail: the last audible within 500 ms
            Packet(t0 + 900 * Ms, 5, audible: true),    // too late to be the echo of this utterance
        };
        var metrics = new CallAnalyzer().Analyze(Record(packets, sends, speechFrames: 5) with { LastVoicedFrame = 4 }, out _);
        Assert.Equal(100, metrics.ResponseLatencyMs!.Value, 3);
        Assert.Equal(120, metrics.EchoTailMs!.Value, 3);
    }

    [Fact]
    public void Barge_in_stop_is_measured_to_the_last_bot_packet_before_silence_or_to_the_decision_hook()
    {
        long t0 = 0;
        var sends = Enumerable.Range(0, 100).Select(i => t0 + (i + 1) * 20 * Ms).ToArray();
        var packets = Enumerable.Range(0, 100).Select(i => Packet((i + 1) * 20 * Ms + Ms, (ushort)i, audible: i is >= 30 and < 60)).ToList();
        var record = Record(packets, sends, speechFrames: 10) with { TalkOverFrames = [50] };   // onset at 1020 ms; bot's last audible: frame 59 at 1201 ms
        var measured = new CallAnalyzer().Analyze(record, out _).BargeIns.Single();
        Assert.True(measured.BotStopped);
        Assert.Equal(181, measured.StopLatencyMs!.Value, 3);
        var hooked = new CallAnalyzer { DecisionSource = new FixedDecision(1100 * Ms) }.Analyze(record, out _).BargeIns.Single();
        Assert.Equal(101, hooked.StopLatencyMs!.Value, 3);
    }

    [Fact]
    public void A_bot_that_keeps_talking_did_not_stop()
    {
        var sends = Enumerable.Range(0, 300).Select(i => (i + 1) * 20 * Ms).ToArray();
        var packets = Enumerable.Range(0, 300).Select(i => Packet((i + 1) * 20 * Ms, (ushort)i, audible: i >= 20)).ToList();
        var record = Record(packets, sends, speechFrames: 10) with { TalkOverFrames = [50] };
        var measured = new CallAnalyzer().Analyze(record, out _).BargeIns.Single();
        Assert.False(measured.BotStopped);
        Assert.Null(measured.StopLatencyMs);
    }

    private static ReceivedPacket Packet(long arrival, ushort sequence, bool audible) =>
        new(arrival, sequence, sequence * 160u, 42, 0, false, 160, audible);

    private static CallRecord Record(IReadOnlyList<ReceivedPacket> packets, long[]? sends = null, int speechFrames = 0) =>
        new() { Index = 0, CallId = "c", InviteTimestamp = 0, Received = packets, FrameSendTimestamps = sends ?? [], SpeechFrames = speechFrames };

    private sealed class FixedDecision(long timestamp) : IBargeInDecisionSource
    {
        public long? DecisionTimestamp(CallRecord call, int talkOverIndex) => timestamp;
    }
}
