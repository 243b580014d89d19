using System.Diagnostics;
using System.Net;
using BenchmarkDotNet.Attributes;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Media.Wav;

namespace MediaCore.Bench.Media;

/// <summary>
/// Load: N concurrent calls in-process over loopback, each a pair of real RTP sessions (A plays looping speech, B
/// echoes it back), PCMU, on the default tick scheduler. One benchmark invocation = one wall-clock second of all calls
/// running, so Mean ≈ 1 s by construction; the interesting numbers are printed at cleanup and repeated in the log:
/// process CPU time per session-second, and the worst session's p99 outbound packet-spacing deviation.
/// </summary>
[MemoryDiagnoser]
public class SessionPacingBenchmarks
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private MediaTickScheduler _scheduler = null!;
    private readonly List<RtpSession> _sessions = [];
    private TimeSpan _cpu;
    private TimeSpan _wall;

    [Params(10, 50, 100)]
    public int Calls { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scheduler = new MediaTickScheduler();
        var speech = LoadSpeech();
        var options = new RtpSessionOptions { LocalAddress = IPAddress.Loopback, Ports = new RtpPortRange(30000, 39999) };
        for (int i = 0; i < Calls; i++)
        {
            var a = RtpSession.Bind(options, _scheduler);
            var b = RtpSession.Bind(options, _scheduler);
            a.Start(new MediaDescription(b.LocalRtpEndPoint, NegotiatedCodec.Pcmu), new WavPlayerHandler(speech, SampleRates.Wideband, loop: true));
            b.Start(new MediaDescription(a.LocalRtpEndPoint, NegotiatedCodec.Pcmu), new EchoHandler());
            _sessions.Add(a);
            _sessions.Add(b);
        }
        Thread.Sleep(500);
    }

    [Benchmark]
    public void RunCallsForOneSecond()
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        long started = Stopwatch.GetTimestamp();
        Thread.Sleep(Window);
        process.Refresh();
        _cpu += process.TotalProcessorTime - cpuBefore;
        _wall += Stopwatch.GetElapsedTime(started);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var spacing = _sessions.Select(s => s.GetStatistics().OutboundSpacingDeviation).ToArray();
        var lateness = _scheduler.GetStatistics();
        double sessionSeconds = _sessions.Count * _wall.TotalSeconds;
        Console.WriteLine(
            $"// SESSIONS calls={Calls} sessions={_sessions.Count} cpu/session-second={_cpu.TotalMilliseconds / Math.Max(1, sessionSeconds):F3} ms " +
            $"(cpu/call-second={2 * _cpu.TotalMilliseconds / Math.Max(1, sessionSeconds):F3} ms) " +
            $"p99 spacing deviation worst={spacing.Max(s => s.P99).TotalMilliseconds:F2} ms median-session={Median(spacing.Select(s => s.P99.TotalMilliseconds)):F2} ms " +
            $"tick lateness p99={lateness.Max(t => t.Lateness.P99).TotalMilliseconds:F2} ms late ticks={lateness.Sum(t => t.LateTicks)}");
        foreach (var session in _sessions)
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _sessions.Clear();
        _scheduler.Dispose();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
    }

    private static WavAudio LoadSpeech()
    {
        foreach (var candidate in new[] { Environment.GetEnvironmentVariable("MEDIACORE_SHARED_DIR"), "/work/shared" })
        {
            if (string.IsNullOrEmpty(candidate))
                continue;
            var path = Path.Combine(candidate, "audio", "en_jfk.wav");
            if (File.Exists(path))
                return WavReader.Read(path).ToMono();
        }
        // No shared data: a 440 Hz tone keeps the benchmark meaningful (codec and network cost do not depend on content).
        var tone = new short[SampleRates.Wideband * 2];
        for (int i = 0; i < tone.Length; i++)
            tone[i] = (short)(8000 * Math.Sin(2 * Math.PI * 440 * i / SampleRates.Wideband));
        return new WavAudio(SampleRates.Wideband, 1, tone);
    }
}
