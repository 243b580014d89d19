using System.Diagnostics;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Rtp;
using MediaCore.Media.Frames;
using MediaCore.Media.Rtp;

namespace MediaCore.Bench.Load.Analysis;

/// <summary>
/// Turns one <see cref="CallRecord"/> into <see cref="CallMetrics"/>:
/// <list type="bullet">
/// <item>Loss (per SSRC): highest − lowest extended sequence + 1 − distinct packets; out-of-order: a packet older than
/// one already seen; duplicates: a sequence number seen twice.</item>
/// <item>Pacing: for packets that arrive consecutively in sequence, |arrival spacing − 20 ms|.</item>
/// <item>Response latency: caller's end of speech (its last audible packet sent) → first audible packet after it ("bot audio"),
/// per caller turn when the call has several (up to the next turn's first frame).</item>
/// <item>Echo tail (echo targets): end of speech → the last audible packet within 500 ms, the media path delay.</item>
/// <item>Barge-in: talk-over onset (or the server's decision, via the hook) → the last audible packet before the bot
/// falls silent for <see cref="SilenceToCountAsStopped"/>.</item>
/// </list>
/// </summary>
public sealed class CallAnalyzer
{
    private static readonly double FrameMs = AudioFrame.DurationMilliseconds;

    public IBargeInDecisionSource? DecisionSource { get; init; }

    /// <summary>Bot silence (no audible packet) for this long means the bot stopped.</summary>
    public TimeSpan SilenceToCountAsStopped { get; init; } = TimeSpan.FromMilliseconds(300);

    /// <summary>A bot that has not stopped this long after the onset did not yield to the caller.</summary>
    public TimeSpan BargeInWindow { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long after the end of speech an echo of it may still arrive.</summary>
    public TimeSpan EchoTailWindow { get; init; } = TimeSpan.FromMilliseconds(500);

    public CallMetrics Analyze(CallRecord call, out List<double> pacingSamples)
    {
        var received = call.Received;
        var (expected, lost, outOfOrder, duplicates, ssrcs) = CountSequence(received);
        pacingSamples = PacingDeviations(received);
        long mediaStart = call.FrameSendTimestamps.Count > 0 ? call.FrameSendTimestamps[0] : 0;
        return new CallMetrics
        {
            Index = call.Index,
            CallId = call.CallId,
            Status = call.Invite?.StatusCode ?? 0,
            Failure = call.Failure,
            SetupMs = call.Invite is { StatusCode: > 0 } i ? i.SetupTime.TotalMilliseconds : null,
            FirstProvisionalMs = call.Invite?.FirstProvisional?.TotalMilliseconds,
            InviteRetransmissions = call.Invite?.Retransmissions ?? 0,
            PacketsSent = call.FrameSendTimestamps.Count(t => t != 0),
            PacketsReceived = received.Count,
            PacketsExpected = expected,
            PacketsLost = lost,
            LossRatio = expected == 0 ? 0 : (double)lost / expected,
            OutOfOrder = outOfOrder,
            Duplicates = duplicates,
            SsrcCount = ssrcs,
            PacingDeviation = Distribution.Of(pacingSamples),
            CallerPacingDeviation = Distribution.Of(SendDeviations(call.FrameSendTimestamps)),
            ResponseLatencyMs = ResponseLatency(call),
            TurnResponseMs = TurnResponses(call),
            EchoTailMs = EchoTail(call),
            BargeIns = mediaStart == 0 ? [] : BargeIns(call, mediaStart),
        };
    }

    private static (long Expected, long Lost, int OutOfOrder, int Duplicates, int Ssrcs) CountSequence(IReadOnlyList<ReceivedPacket> received)
    {
        long expected = 0, lost = 0;
        int outOfOrder = 0, duplicates = 0;
        var streams = received.GroupBy(p => p.Ssrc).ToList();
        foreach (var stream in streams)
        {
            var unwrapper = new RtpSequenceUnwrapper();
            var seen = new HashSet<long>();
            long highest = long.MinValue, lowest = long.MaxValue;
            foreach (var packet in stream)
            {
                long extended = unwrapper.Unwrap(packet.SequenceNumber);
                if (!seen.Add(extended)) { duplicates++; continue; }
                if (extended < highest) outOfOrder++;
                highest = Math.Max(highest, extended);
                lowest = Math.Min(lowest, extended);
            }
            long span = highest - lowest + 1;
            expected += span;
            lost += Math.Max(0, span - seen.Count);
        }
        return (expected, lost, outOfOrder, duplicates, streams.Count);
    }

    private static List<double> PacingDeviations(IReadOnlyList<ReceivedPacket> received)
    {
        var deviations = new List<double>(received.Count);
        for (int i = 1; i < received.Count; i++)
        {
            var previous = received[i - 1];
            var current = received[i];
            if (current.Ssrc != previous.Ssrc || (ushort)(previous.SequenceNumber + 1) != current.SequenceNumber)
                continue;
            double spacing = Stopwatch.GetElapsedTime(previous.ArrivalTimestamp, current.ArrivalTimestamp).TotalMilliseconds;
            deviations.Add(Math.Abs(spacing - FrameMs));
        }
        return deviations;
    }

    /// <summary>|send spacing − 20 ms| between consecutive frames the bench sent.</summary>
    public static IEnumerable<double> SendDeviations(IReadOnlyList<long> sends)
    {
        for (int i = 1; i < sends.Count; i++)
            if (sends[i] != 0 && sends[i - 1] != 0)
                yield return Math.Abs(Ms(sends[i - 1], sends[i]) - FrameMs);
    }

    private static double? ResponseLatency(CallRecord call)
    {
        int last = call.LastVoicedFrame;
        if (last < 0 || last >= call.FrameSendTimestamps.Count)
            return null;
        // End of speech = the moment the caller's last audible packet left. (An echo that answers within the frame —
        // SIPp — then reads as ~0 ms, the floor, rather than as the next utterance.)
        long endOfSpeech = call.FrameSendTimestamps[last];
        if (endOfSpeech == 0)
            return null;
        foreach (var packet in call.Received)
            if (packet.Audible && packet.ArrivalTimestamp >= endOfSpeech)
                return Ms(endOfSpeech, packet.ArrivalTimestamp);
        return null;
    }

    /// <summary>Per non-empty caller turn: its end of speech → the first audible packet before the next turn starts (null: no reply).</summary>
    private static IReadOnlyList<double?> TurnResponses(CallRecord call)
    {
        var sends = call.FrameSendTimestamps;
        var result = new List<double?>();
        for (int t = 0; t < call.Turns.Count; t++)
        {
            int last = call.Turns[t].LastVoicedFrame;
            if (last < 0 || last >= sends.Count || sends[last] == 0)
                continue;
            long endOfSpeech = sends[last];
            int next = t + 1 < call.Turns.Count ? call.Turns[t + 1].FirstFrame : -1;
            long until = next >= 0 && next < sends.Count && sends[next] != 0 ? sends[next] : long.MaxValue;
            double? latency = null;
            foreach (var packet in call.Received)
                if (packet.Audible && packet.ArrivalTimestamp >= endOfSpeech && packet.ArrivalTimestamp < until)
                {
                    latency = Ms(endOfSpeech, packet.ArrivalTimestamp);
                    break;
                }
            result.Add(latency);
        }
        return result;
    }

    /// <summary>
    /// End of speech → the last audible packet within <see cref="EchoTailWindow"/> after it: for an echoing target, when
    /// the caller's last word came back, i.e. the media path's mouth-to-ear delay (jitter buffer, codec, pacer, network).
    /// </summary>
    private double? EchoTail(CallRecord call)
    {
        int last = call.LastVoicedFrame;
        if (last < 0 || last >= call.FrameSendTimestamps.Count || call.FrameSendTimestamps[last] == 0)
            return null;
        long endOfSpeech = call.FrameSendTimestamps[last];
        long windowEnd = endOfSpeech + Ticks(EchoTailWindow.TotalMilliseconds);
        long? tail = null;
        foreach (var packet in call.Received)
            if (packet.Audible && packet.ArrivalTimestamp >= endOfSpeech && packet.ArrivalTimestamp <= windowEnd)
                tail = packet.ArrivalTimestamp;
        return tail is long t ? Ms(endOfSpeech, t) : null;
    }

    private List<BargeInMeasurement> BargeIns(CallRecord call, long mediaStart)
    {
        var result = new List<BargeInMeasurement>();
        for (int t = 0; t < call.TalkOverFrames.Count; t++)
        {
            int frame = call.TalkOverFrames[t];
            if (frame >= call.FrameSendTimestamps.Count || call.FrameSendTimestamps[frame] == 0)
                continue;
            long onset = call.FrameSendTimestamps[frame];
            long? decision = DecisionSource?.DecisionTimestamp(call, t);
            // From the decision when known: a pause in the bot's speech between onset and decision is not the stop.
            long reference = decision ?? onset;
            long? last = LastBotPacketBeforeSilence(call.Received, reference);
            bool stopped = last is long l && Ms(onset, l) <= BargeInWindow.TotalMilliseconds;
            double? lastMs = last is long at ? Ms(mediaStart, at) : null;
            double? stopMs = stopped ? Ms(reference, last!.Value) : null;
            result.Add(new BargeInMeasurement(Ms(mediaStart, onset), decision is long d ? Ms(mediaStart, d) : null, lastMs, stopMs, stopped));
        }
        return result;
    }

    /// <summary>The last audible packet (arrived after <paramref name="onset"/>, or the last before it) followed by a silent gap.</summary>
    private long? LastBotPacketBeforeSilence(IReadOnlyList<ReceivedPacket> received, long onset)
    {
        long gap = Ticks(SilenceToCountAsStopped.TotalMilliseconds);
        long? last = null;
        foreach (var packet in received)
        {
            if (!packet.Audible)
                continue;
            if (packet.ArrivalTimestamp >= onset && last is long previous && previous >= onset - gap && packet.ArrivalTimestamp - previous > gap)
                return previous;
            last = packet.ArrivalTimestamp;
        }
        return last is long final && final >= onset - gap ? final : null;
    }

    private static long Ticks(double milliseconds) => (long)(milliseconds * Stopwatch.Frequency / 1000);

    private static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
}
