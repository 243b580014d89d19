using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Media;
using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Sip;

/// <summary>
/// `dotnet run -c Release --project bench -- sipp [rate|echo|all] [--calls N] [--seconds S]`: our SIP endpoint with
/// RTP media in this process, SIPp (sip-tester) as the load generator.
/// <list type="bullet">
/// <item>rate: SIPp's basic UAC (INVITE, 200, ACK, BYE) at increasing -r for 5 s each; the highest rate with every call
/// answered and hung up (SIPp exit 0) is what we sustain.</item>
/// <item>echo: N concurrent calls (default 200) each playing SIPp's g711a.pcap (8 s of A-law RTP; needs root for the raw
/// socket) into our echo; our process CPU % from /proc/self/stat and the p99 of |outbound packet gap − 20 ms| from the
/// RTP session statistics.</item>
/// </list>
/// </summary>
public static class SippBench
{
    private const string PcapPath = "/usr/share/sip-tester/g711a.pcap";

    public static int Run(string[] args)
    {
        string mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "all";
        int calls = IntOption(args, "--calls", 200);
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}  cores: {Environment.ProcessorCount}");
        if (mode is "rate" or "all")
            RunCallRate();
        if (mode is "echo" or "all")
            RunConcurrentEcho(calls);
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        return 0;
    }

    private static void RunCallRate()
    {
        using var host = new BenchEndpoint();
        int best = 0;
        Console.WriteLine("| calls/s offered | achieved (incl. SIPp start/stop) | calls | successful | failed | sipp exit |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (int rate in new[] { 50, 100, 200, 400, 600, 800, 1200, 1600 })
        {
            int total = rate * 5;
            var clock = Stopwatch.StartNew();
            var result = Sipp($"{host.Address} -sn uac -d 0 -r {rate} -m {total} -l {rate * 2}", TimeSpan.FromSeconds(30));
            double achieved = total / clock.Elapsed.TotalSeconds;
            var (ok, failed) = (Counter(result.Output, "Successful call"), Counter(result.Output, "Failed call"));
            Console.WriteLine($"| {rate} | {achieved:0} | {total} | {ok} | {failed} | {result.ExitCode} |");
            if (result.ExitCode != 0 || failed > 0 || achieved < 0.9 * rate)
                break;   // failures, or we (or SIPp) could no longer keep up with the offered rate
            best = rate;
            Thread.Sleep(1000);
        }
        Console.WriteLine($"sustained: {best} calls/s offered, achieved within 10 %, 0 failed calls");
    }

    private static void RunConcurrentEcho(int calls)
    {
        using var host = new BenchEndpoint();
        string folder = Directory.CreateTempSubdirectory("sipp-bench-").FullName;
        File.WriteAllText(Path.Combine(folder, "uac_pcap.xml"), PcapScenario(PcapPath, pauseMs: 9000));
        int rate = Math.Max(1, calls / 4);   // all calls up within ~4 s
        var cpuBefore = ProcessCpu();
        var wall = Stopwatch.StartNew();
        int peak = 0;
        using var sampler = new Timer(_ => peak = Math.Max(peak, host.Endpoint.ActiveCallCount), null, 0, 200);
        var result = Sipp($"{host.Address} -sf uac_pcap.xml -r {rate} -m {calls} -l {calls}", TimeSpan.FromSeconds(60), folder);
        double seconds = wall.Elapsed.TotalSeconds;
        double cpu = (ProcessCpu() - cpuBefore).TotalSeconds / seconds * 100;
        Thread.Sleep(500);
        var stats = host.Finished.ToArray();
        var p99s = stats.Where(s => s.OutboundSpacingDeviation.Count > 0).Select(s => s.OutboundSpacingDeviation.P99.TotalMilliseconds).Order().ToArray();
        var maxes = stats.Select(s => s.OutboundSpacingDeviation.Max.TotalMilliseconds).ToArray();
        Console.WriteLine("| calls | peak concurrent | successful | failed | our CPU % (of one core) | packets in / out | outbound gap dev p99 (median call / worst call) | max |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        Console.WriteLine($"| {calls} | {peak} | {Counter(result.Output, "Successful call")} | {Counter(result.Output, "Failed call")} | {cpu:0} | " +
            $"{stats.Sum(s => s.PacketsReceived)} / {stats.Sum(s => s.PacketsSent)} | " +
            $"{(p99s.Length > 0 ? p99s[p99s.Length / 2] : 0):0.0} ms / {(p99s.Length > 0 ? p99s[^1] : 0):0.0} ms | {(maxes.Length > 0 ? maxes.Max() : 0):0.0} ms |");
        Console.WriteLine($"({seconds:0.0} s wall, sipp exit {result.ExitCode})");
        Directory.Delete(folder, recursive: true);
    }

    private static TimeSpan ProcessCpu()
    {
        // /proc/self/stat fields 14 and 15: utime and stime in clock ticks (USER_HZ = 100 on Linux).
        string stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        long ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static (int ExitCode, string Output) Sipp(string arguments, TimeSpan timeout, string? workDir = null)
    {
        var psi = new ProcessStartInfo("sipp", $"{arguments} -i 127.0.0.1 -p {FreePort()} -mp {FreePort() & ~1} -nostdin -timeout 45s -timeout_error -trace_screen")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workDir ?? Path.GetTempPath(),
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    // SIPp's final screen: "  Successful call        |        0                  |       250" (periodic | cumulative).
    private static int Counter(string output, string name)
    {
        var line = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith(name, StringComparison.Ordinal));
        var last = line?.Split('|', StringSplitOptions.TrimEntries).LastOrDefault(p => p.Length > 0);
        return int.TryParse(last, out int value) ? value : -1;
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out int v) ? v : fallback;
    }

    private static int FreePort()
    {
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.LocalEndPoint!).Port;
    }

    private static string PcapScenario(string pcap, int pauseMs) => $$"""
        <?xml version="1.0" encoding="ISO-8859-1" ?>
        <scenario name="UAC pcap">
          <send retrans="500"><![CDATA[
        INVITE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag09[call_number]
        To: [service] <sip:[service]@[remote_ip]:[remote_port]>
        Call-ID: [call_id]
        CSeq: 1 INVITE
        Contact: sip:sipp@[local_ip]:[local_port]
        Max-Forwards: 70
        Content-Type: application/sdp
        Content-Length: [len]

        v=0
        o=user1 53655765 2353687637 IN IP[local_ip_type] [local_ip]
        s=-
        c=IN IP[local_ip_type] [local_ip]
        t=0 0
        m=audio [auto_media_port] RTP/AVP 8 101
        a=rtpmap:8 PCMA/8000
        a=rtpmap:101 telephone-event/8000

        ]]></send>
          <recv response="100" optional="true"/>
          <recv response="180" optional="true"/>
          <recv response="200"/>
          <send><![CDATA[
        ACK sip:[service]@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag09[call_number]
        To: [service] <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
        Call-ID: [call_id]
        CSeq: 1 ACK
        Contact: sip:sipp@[local_ip]:[local_port]
        Max-Forwards: 70
        Content-Length: 0

        ]]></send>
          <nop><action><exec play_pcap_audio="{{pcap}}"/></action></nop>
          <pause milliseconds="{{pauseMs}}"/>
          <send retrans="500"><![CDATA[
        BYE sip:[service]@[remote_ip]:[remote_port] SIP/2.0
        Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
        From: sipp <sip:sipp@[local_ip]:[local_port]>;tag=[pid]SIPpTag09[call_number]
        To: [service] <sip:[service]@[remote_ip]:[remote_port]>[peer_tag_param]
        Call-ID: [call_id]
        CSeq: 2 BYE
        Contact: sip:sipp@[local_ip]:[local_port]
        Max-Forwards: 70
        Content-Length: 0

        ]]></send>
          <recv response="200"/>
        </scenario>
        """;

    /// <summary>Our endpoint with RTP echo media; keeps each finished call's RTP statistics.</summary>
    private sealed class BenchEndpoint : IDisposable
    {
        private readonly MediaTickScheduler _scheduler = new();

        public BenchEndpoint()
        {
            int port = FreePort();
            var factory = new RtpCallMediaFactory(_scheduler, new RtpCallMediaOptions
            {
                Session = new RtpSessionOptions { LocalAddress = IPAddress.Loopback },
            });
            Endpoint = new SipEndpoint(new SipEndpointOptions
            {
                UdpBind = new IPEndPoint(IPAddress.Loopback, port),
                TcpBind = null,
                Codecs = [SdpCodec.Pcmu, SdpCodec.Pcma, SdpCodec.TelephoneEvent],
            }, factory);
            Endpoint.IncomingCall += call =>
            {
                call.UseAudioHandler(new EchoHandler(8000));
                call.Ended += (c, _) => Finished.Add(c.RtpMedia()!.Session.GetStatistics());
                call.Answer();
            };
            Endpoint.Start();
            Address = $"127.0.0.1:{port}";
        }

        public SipEndpoint Endpoint { get; }
        public string Address { get; }
        public System.Collections.Concurrent.ConcurrentBag<RtpSessionStatistics> Finished { get; } = new();

        public void Dispose()
        {
            Endpoint.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _scheduler.Dispose();
        }
    }
}
