using System.Diagnostics;
using MediaCore.Media.Codecs;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Codecs.Opus;
using MediaCore.Media.Sessions;
using MediaCore.Pipeline.Brains;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;
using MediaCore.Sip.Media;

namespace MediaCore.Server.Tests.Agent;

/// <summary>
/// Barge-in through real SIP/RTP, judged from the raw packets the caller captured before its jitter buffer: the
/// scripted caller says "wait" over a long reply; the server reports the deciding tick's Stopwatch timestamp and the
/// RTP timestamp of the packet that tick sent. Both clocks are this machine's monotonic clock.
/// </summary>
[Collection(SipAgentCollection.Name)]
public sealed class SipBargeInTests(SipAgentEngines engines)
{
    private const string LongReply =
        "Our menu has butter chicken, paneer tikka and veg momos. We also serve masala chai and chicken thukpa. " +
        "Every dish is made fresh in our kitchen, and the portions are large enough to share with a friend.";

    private const double FrameMs = 20;
    // Every reply starts this late, so audio of the reply to "wait" cannot be mistaken for the cut reply: bot audio
    // within CutReplyWindowMs of the decision can only be the cut reply leaking.
    private static readonly TimeSpan ReplyDelay = TimeSpan.FromMilliseconds(800);
    private const int CutReplyWindowMs = 600;

    [Fact]
    public async Task No_bot_packet_of_the_cut_reply_is_stamped_or_arrives_after_the_deciding_tick()
    {
        var agent = new AgentCallHandlerFactory(engines.Engines, new AgentOptions
        {
            Tenant = engines.ShortGreetingTenant,
            BrainFactory = _ => new SlowStartBrain(new RuleBrain([new BrainRule("menu", LongReply), new BrainRule("^wait", "Sure, take your time.")]), ReplyDelay),
            ExtraPhrases = ["tell me about the menu", "wait"],
        });
        var runner = new DemoRunner(agent, engines.CallerVoice, TextWriter.Null);

        var result = await runner.RunAsync(["tell me about the menu", "> wait"], wavPath: null, stereo: false, TimeSpan.FromSeconds(45));

        Assert.Contains("tell me about the menu", result.Recognised);
        var decision = Assert.IsType<BargeInDecision>(runner.Server!.LastAgent!.LastBargeIn);
        var codec = ((RtpCallMedia)runner.Server.LastIncoming!.Media).Description!.Codec;
        var packets = VoicedPackets(runner.Caller!, codec);
        int frameUnits = codec.ClockRate / 50;

        // RTP time relative to the deciding tick's packet (signed: timestamps wrap).
        var cut = packets.Select(p => (p.Arrival, Offset: (int)(p.RtpTimestamp - decision.RtpTimestamp) / (double)frameUnits * FrameMs))
            .Where(p => p.Offset <= CutReplyWindowMs).ToList();
        var beforeDecision = cut.Where(p => p.Offset <= 0).ToList();
        Assert.True(beforeDecision.Count > 0 && beforeDecision[^1].Offset >= -200,
            $"the bot was not speaking when the decision was made (last voiced packet {beforeDecision.LastOrDefault().Offset} ms before it)");
        var late = cut.Where(p => p.Offset > 0).ToList();
        Assert.True(late.Count == 0, $"{late.Count} bot packets of the cut reply stamped after the deciding tick, up to {late.LastOrDefault().Offset:F0} ms; " +
            DescribePacketsAround(runner.Caller!, codec, decision));

        // The last packet of the cut reply left in or before the deciding tick; on loopback it arrives at once. The
        // caller's receive loop and both hosts' ticks share two busy cores, so the arrival bound keeps one frame only.
        var arrivalAfterDecision = Stopwatch.GetElapsedTime(decision.Timestamp, beforeDecision[^1].Arrival).TotalMilliseconds;
        Assert.True(arrivalAfterDecision <= FrameMs, $"the last bot packet arrived {arrivalAfterDecision:F1} ms after the decision");
    }

    /// <summary>
    /// The captured packets that carry bot speech: the last 5 ms of the decoded frame at the caller's speech level.
    /// Not the whole frame: Opus' algorithmic delay (encoder lookahead, decoder overlap) carries the tail of the last
    /// spoken frame into the start of the next packet or two and rings down there; a frame that was really spoken
    /// is loud to its end.
    /// </summary>
    private static List<(long Arrival, uint RtpTimestamp)> VoicedPackets(ScriptedCaller caller, NegotiatedCodec codec)
    {
        using var decoder = NewDecoder(codec);
        var pcm = new short[960 * 6];
        var voiced = new List<(long, uint)>();
        for (int i = 0; i < caller.PacketCount; i++)
        {
            var (arrival, header, payload) = caller.Packet(i);
            int samples = decoder.Decode(payload.Span, pcm);
            if (samples > 0 && Rms(pcm.AsSpan(samples * 3 / 4, samples / 4)) >= caller.SpeechLevel)
                voiced.Add((arrival, header.Timestamp));
        }
        return voiced;
    }

    /// <summary>For a failure message: each packet within 100 ms of the decision, with its decoded level by quarter.</summary>
    private static string DescribePacketsAround(ScriptedCaller caller, NegotiatedCodec codec, BargeInDecision decision)
    {
        using var decoder = NewDecoder(codec);
        var pcm = new short[960 * 6];
        var lines = new List<string>();
        for (int i = 0; i < caller.PacketCount; i++)
        {
            var (arrival, header, payload) = caller.Packet(i);
            int quarter = Math.Max(1, decoder.Decode(payload.Span, pcm) / 4);
            double offset = (int)(header.Timestamp - decision.RtpTimestamp) / (codec.ClockRate / 50.0) * FrameMs;
            if (offset is >= -100 and <= 100)
                lines.Add($"{offset:F0} ms: seq {header.SequenceNumber}, {payload.Length} B, level " +
                    string.Join('/', Enumerable.Range(0, 4).Select(q => Rms(pcm.AsSpan(q * quarter, quarter)).ToString("F0"))) +
                    $", arrived {Stopwatch.GetElapsedTime(decision.Timestamp, arrival).TotalMilliseconds:F1} ms after the decision");
        }
        return $"decision at seq {decision.RtpSequence}: " + string.Join("; ", lines);
    }

    private static IAudioDecoder NewDecoder(NegotiatedCodec codec) =>
        codec.IsOpus ? new OpusDecoder(16_000) : new G711Decoder(codec.IsPcmu ? G711Law.MuLaw : G711Law.ALaw);

    private static double Rms(ReadOnlySpan<short> pcm)
    {
        double sum = 0;
        foreach (var s in pcm)
            sum += s * (double)s;
        return Math.Sqrt(sum / pcm.Length);
    }

    /// <summary>Starts every reply after a pause (a slow model), then streams the inner brain's reply.</summary>
    private sealed class SlowStartBrain(IAgentBrain inner, TimeSpan delay) : IAgentBrain
    {
        public string Name => inner.Name;

        public async IAsyncEnumerable<BrainEvent> StreamAsync(BrainRequest request,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Delay(delay, cancellationToken);
            await foreach (var e in inner.StreamAsync(request, cancellationToken))
                yield return e;
        }
    }
}
