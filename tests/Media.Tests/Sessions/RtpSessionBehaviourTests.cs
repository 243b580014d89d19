using System.Net;
using System.Net.Sockets;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Rtp;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;

namespace MediaCore.Media.Tests.Sessions;

/// <summary>Symmetric RTP, timeouts, DTMF, RTCP and fault isolation with real sessions on 127.0.0.1.</summary>
[Collection(nameof(RealTimeCollection))]
public sealed class RtpSessionBehaviourTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Packets_from_a_third_source_are_dropped_and_counted_after_latching()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var (a, b) = SessionHarness.StartPair(scheduler, NegotiatedCodec.Pcmu, new SessionHarness.Silent(), new SessionHarness.Silent());
        await using (a)
        await using (b)
        {
            await SessionHarness.WaitUntil(() => b.LatchedRemote is not null, Patience);
            Assert.Equal(a.LocalRtpEndPoint, b.LatchedRemote);
            using var attacker = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            attacker.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            var payload = new byte[160];
            for (ushort i = 0; i < 10; i++)
            {
                var packet = new RtpPacket(new RtpHeader(0, i, i * 160u, 0xBAD), payload).ToArray();
                attacker.SendTo(packet, b.LocalRtpEndPoint);
            }
            await SessionHarness.WaitUntil(() => b.GetStatistics().PacketsDroppedFromOtherSources >= 10, Patience);
            Assert.Equal(10, b.GetStatistics().PacketsDroppedFromOtherSources);
            Assert.Equal(a.LocalRtpEndPoint, b.LatchedRemote);
        }
    }

    [Fact]
    public async Task A_peer_behind_NAT_is_latched_to_its_real_source_and_answered_there()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var options = SessionHarness.Options();
        await using var a = RtpSession.Bind(options, scheduler);
        await using var b = RtpSession.Bind(options, scheduler);
        // B was told a signalled address where nobody listens (the peer's private address, as NAT would leave it).
        var signalled = new IPEndPoint(IPAddress.Loopback, a.LocalRtpEndPoint.Port == 46000 ? 46002 : 46000);
        b.Start(new MediaDescription(signalled, NegotiatedCodec.Pcmu), new SessionHarness.Silent());
        a.Start(SessionHarness.DescribeRemote(b, NegotiatedCodec.Pcmu), new SessionHarness.Silent());
        await SessionHarness.WaitUntil(() => a.GetStatistics().PacketsReceived > 10, Patience);
        Assert.Equal(a.LocalRtpEndPoint, b.LatchedRemote);
        Assert.True(a.GetStatistics().PacketsReceived > 10, "B's packets never reached A's real address");
    }

    [Fact]
    public async Task Media_timeout_fires_once_when_the_peer_stops()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var options = SessionHarness.Options(mediaTimeout: TimeSpan.FromMilliseconds(1500));
        var (a, b) = SessionHarness.StartPair(scheduler, NegotiatedCodec.Pcma, new SessionHarness.Silent(), new SessionHarness.Silent(), options);
        var reasons = new List<MediaTimeoutReason>();
        var goodbye = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        b.MediaTimedOut += (_, reason) => { lock (reasons) reasons.Add(reason); };
        b.GoodbyeReceived += (_, reason) => goodbye.TrySetResult(reason);
        await using (b)
        {
            await SessionHarness.WaitUntil(() => b.GetStatistics().PacketsReceived > 10, Patience);
            Assert.Empty(reasons);
            await a.DisposeAsync();
            await goodbye.Task.WaitAsync(Patience);   // A's RTCP BYE
            await SessionHarness.WaitUntil(() => { lock (reasons) return reasons.Count > 0; }, Patience);
            await Task.Delay(600);
            lock (reasons)
                Assert.Equal([MediaTimeoutReason.MediaStopped], reasons);
        }
    }

    [Fact]
    public async Task Hold_pauses_the_media_timeout()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var options = SessionHarness.Options(mediaTimeout: TimeSpan.FromMilliseconds(300));
        await using var lonely = RtpSession.Bind(options, scheduler);
        var timedOut = new TaskCompletionSource<MediaTimeoutReason>(TaskCreationOptions.RunContinuationsAsynchronously);
        lonely.MediaTimedOut += (_, reason) => timedOut.TrySetResult(reason);
        lonely.SetHold(true);
        lonely.Start(new MediaDescription(new IPEndPoint(IPAddress.Loopback, 9), NegotiatedCodec.Pcmu), new SessionHarness.Silent());
        await Task.Delay(900);
        Assert.False(timedOut.Task.IsCompleted, "timed out while on hold");
        Assert.Equal(0, lonely.GetStatistics().PacketsSent);
        lonely.SetHold(false);
        Assert.Equal(MediaTimeoutReason.NoMediaReceived, await timedOut.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task Dtmf_digits_sent_by_A_are_reported_once_each_by_B()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var (a, b) = SessionHarness.StartPair(scheduler, NegotiatedCodec.Pcmu, new SessionHarness.Silent(), new SessionHarness.Silent());
        var digits = new List<char>();
        b.DtmfReceived += (_, digit) => { lock (digits) digits.Add(digit.Digit); };
        await using (a)
        await using (b)
        {
            a.SendDtmf("19#*A");
            await SessionHarness.WaitUntil(() => { lock (digits) return digits.Count >= 5; }, Patience);
            await Task.Delay(400);
            lock (digits)
                Assert.Equal("19#*A", new string(digits.ToArray()));
            Assert.Equal(5, b.GetStatistics().DtmfDigitsReceived);
            Assert.Throws<ArgumentOutOfRangeException>(() => a.SendDtmf("x"));
        }
    }

    [Fact]
    public async Task Rtcp_reports_arrive_with_sane_loss_jitter_and_round_trip()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 2 });
        var options = SessionHarness.Options(rtcpInterval: TimeSpan.FromMilliseconds(200));
        var (a, b) = SessionHarness.StartPair(scheduler, SessionHarness.Codec("opus"),
            new WavPlayerHandler(SessionHarness.SpeechClip(3), loop: true), new SessionHarness.Silent(), options);
        var reports = new List<RtcpRemoteReport>();
        a.RemoteReportReceived += (_, report) => { lock (reports) reports.Add(report); };
        await using (a)
        await using (b)
        {
            await SessionHarness.WaitUntil(() => { lock (reports) return reports.Count >= 4; }, Patience);
            lock (reports)
            {
                Assert.True(reports.Count >= 4, $"{reports.Count} RTCP reports");
                var last = reports[^1];
                Assert.True(last.FromSenderReport);   // B sends (silence) too, so it reports in SRs
                Assert.Equal(0, last.FractionLost);
                Assert.InRange(last.CumulativeLost, -5, 0);
                Assert.InRange(last.Jitter, TimeSpan.Zero, TimeSpan.FromMilliseconds(60));
                Assert.InRange(last.RoundTrip, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
                Assert.Contains(reports, r => r.RoundTrip > TimeSpan.Zero);
            }
            Assert.True(b.GetStatistics().RtcpReceived >= 3);
        }
    }

    [Fact]
    public async Task A_call_whose_handler_throws_is_dropped_without_stopping_other_calls()
    {
        using var scheduler = new MediaTickScheduler(new MediaTickSchedulerOptions { ThreadCount = 1 });
        var faulted = new TaskCompletionSource<MediaTickFault>(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.HandlerFaulted += fault => faulted.TrySetResult(fault);
        var (a, b) = SessionHarness.StartPair(scheduler, NegotiatedCodec.Pcmu, new ThrowingHandler(throwAfter: 5), new SessionHarness.Silent());
        var (c, d) = SessionHarness.StartPair(scheduler, NegotiatedCodec.Pcmu, new SessionHarness.Silent(), new SessionHarness.Silent());
        await using (a)
        await using (b)
        await using (c)
        await using (d)
        {
            var fault = await faulted.Task.WaitAsync(Patience);
            Assert.Same(a, fault.Handler);
            long before = d.GetStatistics().PacketsReceived;
            await Task.Delay(400);
            Assert.True(d.GetStatistics().PacketsReceived > before + 10, "the other call stopped");
            long sentByA = a.GetStatistics().PacketsSent;
            await Task.Delay(200);
            Assert.Equal(sentByA, a.GetStatistics().PacketsSent);
        }
    }

    private sealed class ThrowingHandler(int throwAfter) : ICallAudioHandler
    {
        private int _frames;

        public int SampleRate => SampleRates.Wideband;

        public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
        {
            if (++_frames > throwAfter)
                throw new InvalidOperationException("handler bug");
        }

        public bool FillOutboundFrame(Span<short> pcm) => false;
    }
}
