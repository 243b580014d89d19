using System.Net;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Media.Wav;

namespace MediaCore.Media.Tests.Sessions;

/// <summary>Real sessions on 127.0.0.1 wired to each other, plus the shared speech clip.</summary>
internal static class SessionHarness
{
    public const byte OpusPayloadType = 111;
    public const byte TelephoneEventPayloadType = 101;

    static SessionHarness()
    {
        // These tests measure real-time behaviour on a shared CI box where benchmark processes run at high priority;
        // give the media threads a fair chance (silently ignored where the process may not raise its priority).
        try
        {
            System.Diagnostics.Process.GetCurrentProcess().PriorityClass = System.Diagnostics.ProcessPriorityClass.High;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or UnauthorizedAccessException)
        {
        }
    }

    private static readonly Lazy<WavAudio> Speech = new(() => WavReader.Read(TestPaths.Audio("en_jfk.wav")).ToMono());

    public static RtpSessionOptions Options(TimeSpan? rtcpInterval = null, TimeSpan? mediaTimeout = null) => new()
    {
        LocalAddress = IPAddress.Loopback,
        Ports = new RtpPortRange(42000, 45999),
        RtcpInterval = rtcpInterval ?? TimeSpan.FromSeconds(5),
        MediaTimeout = mediaTimeout ?? TimeSpan.FromSeconds(30),
        // A loaded CI box can stall a process for a few hundred ms: keep the packets rather than resynchronising.
        JitterBuffer = new MediaCore.Media.Jitter.JitterBufferOptions { MinDelay = TimeSpan.FromMilliseconds(120), MaxDelay = TimeSpan.FromMilliseconds(600), JitterMultiplier = 2 },
    };

    /// <summary>The first <paramref name="seconds"/> of real speech (JFK), at <paramref name="sampleRate"/> via the handler's resampling.</summary>
    public static WavAudio SpeechClip(double seconds)
    {
        var speech = Speech.Value;
        int samples = Math.Min(speech.Samples.Length, (int)(speech.SampleRate * seconds));
        return new WavAudio(speech.SampleRate, 1, speech.Samples.AsSpan(0, samples).ToArray());
    }

    public static NegotiatedCodec Codec(string name) => name switch
    {
        "PCMU" => NegotiatedCodec.Pcmu,
        "PCMA" => NegotiatedCodec.Pcma,
        _ => NegotiatedCodec.Opus(OpusPayloadType),
    };

    public static MediaDescription DescribeRemote(RtpSession peer, NegotiatedCodec codec) =>
        new(peer.LocalRtpEndPoint, codec, TelephoneEventPayloadType);

    /// <summary>Binds two sessions and starts each towards the other.</summary>
    public static (RtpSession A, RtpSession B) StartPair(MediaTickScheduler scheduler, NegotiatedCodec codec,
        ICallAudioHandler handlerA, ICallAudioHandler handlerB, RtpSessionOptions? options = null)
    {
        options ??= Options();
        var a = RtpSession.Bind(options, scheduler);
        var b = RtpSession.Bind(options, scheduler);
        a.Start(DescribeRemote(b, codec), handlerA);
        b.Start(DescribeRemote(a, codec), handlerB);
        return (a, b);
    }

    /// <summary>A handler that hears and says nothing.</summary>
    public sealed class Silent(int sampleRate = SampleRates.Wideband) : ICallAudioHandler
    {
        public int SampleRate { get; } = sampleRate;

        public void OnInboundFrame(ReadOnlySpan<short> pcm, int sampleRate)
        {
        }

        public bool FillOutboundFrame(Span<short> pcm) => false;
    }

    public static async Task WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(20);
    }
}
