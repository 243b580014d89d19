using System.Collections.Concurrent;
using System.Net;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Media;
using MediaCore.Sip.Sdp;

namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// Two <see cref="RtpCallMedia"/> on 127.0.0.1 started with each other's negotiated SDP, as the call layer would after
/// offer/answer and re-INVITEs: codec change, hold (no sending, no media timeout), DTMF both ways.
/// </summary>
public sealed class RtpCallMediaTests : IDisposable
{
    private readonly MediaTickScheduler _scheduler = new(new MediaTickSchedulerOptions { ThreadCount = 1 });

    private RtpCallMediaFactory Factory(TimeSpan mediaTimeout) => new(_scheduler, new RtpCallMediaOptions
    {
        Session = new RtpSessionOptions { LocalAddress = IPAddress.Loopback, MediaTimeout = mediaTimeout },
    });

    private static SdpNegotiatedMedia Toward(RtpCallMedia peer, SdpCodec codec, bool remoteHolding = false) =>
        new(codec, 101, "127.0.0.1", peer.LocalPort, null, remoteHolding ? SdpDirection.RecvOnly : SdpDirection.SendRecv, 20, remoteHolding);

    [Fact]
    public async Task CodecChange_Hold_AndDtmf_BothWays()
    {
        var a = (RtpCallMedia)Factory(TimeSpan.FromSeconds(30)).Create("a");
        var b = (RtpCallMedia)Factory(TimeSpan.FromSeconds(30)).Create("b");
        var speech = SpeechClips.Jfk(TimeSpan.FromSeconds(6));
        a.Handler = new WavPlayerHandler(speech, 16000, loop: true);
        var heardByB = new RecordingEchoHandler(16000, TimeSpan.FromSeconds(30));
        b.Handler = heardByB;
        var digitsAtA = new ConcurrentQueue<char>();
        var digitsAtB = new ConcurrentQueue<char>();
        a.DtmfReceived += digitsAtA.Enqueue;
        b.DtmfReceived += digitsAtB.Enqueue;
        try
        {
            a.Start(Toward(b, SdpCodec.Pcmu));
            b.Start(Toward(a, SdpCodec.Pcmu));
            await Until(() => b.Session.GetStatistics().PacketsReceived > 25);

            // re-INVITE to PCMA: both sides rebuild their codecs, the stream continues
            a.Start(Toward(b, SdpCodec.Pcma));
            b.Start(Toward(a, SdpCodec.Pcma));
            Assert.True(a.Description!.Codec.IsPcma && b.Description!.Codec.IsPcma);
            long before = b.Session.GetStatistics().PacketsReceived;
            await Until(() => b.Session.GetStatistics().PacketsReceived > before + 25);
            Assert.True(b.Session.GetStatistics().UnknownPayloadTypes < 5, b.Session.GetStatistics().ToString());

            Assert.True(a.SendDtmf('7'));
            Assert.True(b.SendDtmf('#'));
            Assert.False(a.SendDtmf('x'));
            await Until(() => digitsAtB.Contains('7') && digitsAtA.Contains('#'));

            // B puts A on hold (sendonly offer → A answers recvonly): A stops sending
            a.Start(Toward(b, SdpCodec.Pcma, remoteHolding: true));
            await Task.Delay(200);
            long sentOnHold = a.Session.GetStatistics().PacketsSent;
            await Task.Delay(500);
            Assert.InRange(a.Session.GetStatistics().PacketsSent - sentOnHold, 0, 2);
            Assert.True(a.Session.IsOnHold);

            a.Start(Toward(b, SdpCodec.Pcma));
            await Until(() => a.Session.GetStatistics().PacketsSent > sentOnHold + 10);
            var heard = heardByB.Heard.ToWavAudio();
            Assert.True(heard.Duration > TimeSpan.FromSeconds(1));
        }
        finally
        {
            a.Dispose();
            b.Dispose();
            await Task.WhenAll(a.Stopped, b.Stopped);
        }
    }

    [Fact]
    public async Task MediaTimeout_IsPausedOnHold_AndFiresAfterResume()
    {
        var a = (RtpCallMedia)Factory(TimeSpan.FromMilliseconds(600)).Create("a");
        var b = (RtpCallMedia)Factory(TimeSpan.FromSeconds(30)).Create("b");
        var timedOut = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        a.MediaTimeout += () => timedOut.TrySetResult();
        try
        {
            a.Start(Toward(b, SdpCodec.Pcmu, remoteHolding: true));   // held from the start: B sends nothing
            await Task.Delay(1500);
            Assert.False(timedOut.Task.IsCompleted, "media timeout fired on hold");

            a.Start(Toward(b, SdpCodec.Pcmu));
            await timedOut.Task.WaitAsync(TimeSpan.FromSeconds(5));
            Assert.Equal(MediaTimeoutReason.NoMediaReceived, a.TimeoutReason);
        }
        finally
        {
            a.Dispose();
            b.Dispose();
            await Task.WhenAll(a.Stopped, b.Stopped);
        }
    }

    [Fact]
    public void UnsupportedCodec_IsNotStarted_AndSaysWhy()
    {
        var a = (RtpCallMedia)Factory(TimeSpan.FromSeconds(30)).Create("a");
        try
        {
            a.Start(new SdpNegotiatedMedia(new SdpCodec("G729", 8000, 1, 18), null, "127.0.0.1", 40000, null, SdpDirection.SendRecv, 20, false));
            Assert.Null(a.Description);
            Assert.Contains("G729", a.LastError, StringComparison.Ordinal);
        }
        finally
        {
            a.Dispose();
        }
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(50);
        }
    }

    public void Dispose() => _scheduler.Dispose();
}
