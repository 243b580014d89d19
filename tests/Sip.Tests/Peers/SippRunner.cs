using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MediaCore.Sip.Tests.Peers;

/// <summary>Runs SIPp (Debian sip-tester) for one scenario; kills it when it overruns. Exit code 0 = all calls succeeded.</summary>
public sealed record SippResult(int ExitCode, string Output, string Errors, string ErrorLog)
{
    public override string ToString() => $"exit {ExitCode}\n--stdout--\n{Output}\n--stderr--\n{Errors}\n--error log--\n{ErrorLog}";
}

public static class SippRunner
{
    public static string ScenarioPath(string name) => Path.Combine(AppContext.BaseDirectory, "Scenarios", name);

    /// <summary>A free UDP+TCP port on 127.0.0.1 (bound and released; good enough for a test's lifetime).</summary>
    public static int FreePort()
    {
        while (true)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            int port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            try
            {
                using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException) { }
        }
    }

    /// <summary>Runs "sipp target -sf scenario" with a private port, media port and work dir.</summary>
    public static async Task<SippResult> RunAsync(string scenario, string? remote, int localPort, string extraArgs = "",
        TimeSpan? timeout = null, string transport = "u1")
    {
        string work = Directory.CreateTempSubdirectory("sipp-").FullName;
        string args = $"{remote} -sf \"{ScenarioPath(scenario)}\" -m 1 -l 1 -i 127.0.0.1 -p {localPort} -mp {FreePort()} " +
                      $"-t {transport} -nostdin -timeout 15s -timeout_error -trace_err -error_file \"{work}/err.log\" {extraArgs}";
        var psi = new ProcessStartInfo("sipp", args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = work,
            UseShellExecute = false,
        };
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        string errorLog = File.Exists(Path.Combine(work, "err.log")) ? await File.ReadAllTextAsync(Path.Combine(work, "err.log")) : "";
        var result = new SippResult(process.ExitCode, await stdout, await stderr, errorLog);
        try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        return result;
    }
}
