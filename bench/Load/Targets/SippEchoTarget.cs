using System.Diagnostics;
using System.Net;

namespace MediaCore.Bench.Load.Targets;

/// <summary>
/// The media-plane floor: SIPp 3.6.1 (Debian sip-tester) as UAS with its built-in RTP echo:
/// <c>sipp -sn uas -rtp_echo -i IP -p PORT -mi IP -mp MEDIAPORT -bg</c>-less foreground run with <c>-nostdin</c>.
/// Facts that matter for reading its numbers (checked against `sipp -h` and `sipp -sd uas`):
/// <list type="bullet">
/// <item>The built-in uas scenario answers INVITE with 180 then 200 (SDP: <c>m=audio [media_port] RTP/AVP 0</c>),
/// retransmits the 200 every 500 ms until the ACK, and answers BYE with 200.</item>
/// <item>EVERY call gets the same media port (-mp, default 6000): one socket, one echo thread for all calls. Each packet
/// goes back to its source address, so per-call caller sockets still get their own stream back. RTP on -mp+2 is echoed
/// too (video); there is no per-call port range in 3.6.1's echo mode.</item>
/// <item>The echo is immediate (no jitter buffer, no decode, no re-pacing): its outbound pacing is the caller's
/// pacing plus two socket hops — the floor any media server can be compared with.</item>
/// </list>
/// </summary>
public sealed class SippEchoTarget : ILoadTarget
{
    private readonly Process _process;

    private SippEchoTarget(Process process, IPEndPoint sip, int mediaPort)
    {
        _process = process;
        SipEndPoint = sip;
        MediaPort = mediaPort;
    }

    public string Name => "sipp-rtp-echo";

    public IPEndPoint SipEndPoint { get; }

    public int MediaPort { get; }

    public int? ProcessId => _process.HasExited ? null : _process.Id;

    public static string? FindExecutable() =>
        new[] { "/usr/bin/sipp", "/usr/local/bin/sipp" }.FirstOrDefault(File.Exists);

    /// <summary>Starts SIPp and waits until its SIP port is bound (or fails after a few seconds).</summary>
    public static async Task<SippEchoTarget> StartAsync(IPAddress address, int sipPort, int mediaPort, CancellationToken cancellation)
    {
        string sipp = FindExecutable() ?? throw new FileNotFoundException("sipp not found (apt-get install sip-tester).");
        var start = new ProcessStartInfo(sipp)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
                 {
                     "-sn", "uas", "-rtp_echo", "-i", address.ToString(), "-p", sipPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-mi", address.ToString(), "-mp", mediaPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-nostdin", "-trace_err", "-error_file", Path.Combine(Path.GetTempPath(), $"sipp-bench-{sipPort}.err"),
                 })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start.");
        // Drain its screen output so a full pipe never blocks it.
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new SippEchoTarget(process, new IPEndPoint(address, sipPort), mediaPort);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * 5;
        while (!IsUdpPortBound(sipPort))
        {
            if (process.HasExited || Stopwatch.GetTimestamp() > deadline)
            {
                await target.DisposeAsync().ConfigureAwait(false);
                throw new InvalidOperationException($"sipp did not bind UDP {sipPort} (exit code {(process.HasExited ? process.ExitCode : -1)}).");
            }
            await Task.Delay(50, cancellation).ConfigureAwait(false);
        }
        return target;
    }

    /// <summary>Is a local UDP port bound? (/proc/net/udp lists local_address as hex IP:PORT.)</summary>
    private static bool IsUdpPortBound(int port)
    {
        string hexPort = ":" + port.ToString("X4", System.Globalization.CultureInfo.InvariantCulture) + " ";
        foreach (var file in new[] { "/proc/net/udp", "/proc/net/udp6" })
            if (File.Exists(file) && File.ReadLines(file).Skip(1).Any(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } f && (f[1] + " ").EndsWith(hexPort, StringComparison.Ordinal)))
                return true;
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
        }
        _process.Dispose();
    }
}
