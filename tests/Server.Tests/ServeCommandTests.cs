using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MediaCore.Server.Tests;

/// <summary>
/// The real `mediacore serve` as a child process with a temp config on free ports: SIPp's built-in basic UAC calls it
/// (exit 0 = the call was answered and hung up properly), then SIGTERM stops it cleanly (exit 0).
/// </summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_AnswersASippCall_AndStopsOnSigterm()
    {
        using var temp = new TempFolder();
        int sipPort = FreePort(), rtpFirst = FreePort() & ~1;
        File.WriteAllText(temp.File("serve.yaml"),
            $"sip:\n  udp: 127.0.0.1:{sipPort}\n  tcp: 127.0.0.1:{sipPort}\nrtp:\n  ports: {rtpFirst}-{rtpFirst + 19}\n" +
            $"control:\n  listen: 127.0.0.1:0\n  token: t\n  token_file: {temp.File("control.token")}\nmetrics:\n  listen: 127.0.0.1:0\nhttp:\n  listen: \"off\"\n");
        string dll = Path.Combine(AppContext.BaseDirectory, "mediacore.dll");
        using var server = Start("dotnet", $"\"{dll}\" serve --config \"{temp.File("serve.yaml")}\" --handler echo", temp.Path);
        var output = new System.Text.StringBuilder();
        server.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        string Log() { lock (output) return output.ToString(); }
        try
        {
            Assert.True(await WaitFor(() => Log().Contains("ready", StringComparison.Ordinal), TimeSpan.FromSeconds(15)), Log());
            Assert.Contains($"SIP listening on UDP 127.0.0.1:{sipPort}", Log(), StringComparison.Ordinal);
            Assert.Contains($"SIP listening on TCP 127.0.0.1:{sipPort}", Log(), StringComparison.Ordinal);
            Assert.Contains("control API on 127.0.0.1:", Log(), StringComparison.Ordinal);
            Assert.Contains("metrics on http://127.0.0.1:", Log(), StringComparison.Ordinal);

            using var sipp = Start("sipp", $"127.0.0.1:{sipPort} -sn uac -m 1 -l 1 -i 127.0.0.1 -p {FreePort()} -mp {FreePort()} " +
                "-d 1000 -nostdin -timeout 15s -timeout_error", temp.Path);
            var sippOut = sipp.StandardOutput.ReadToEndAsync();
            Assert.True(await Exit(sipp, TimeSpan.FromSeconds(20)), "sipp hung\n" + Log());
            Assert.True(sipp.ExitCode == 0, $"sipp exit {sipp.ExitCode}\n{await sippOut}\n{Log()}");
            Assert.True(await WaitFor(() => Log().Contains("ended: RemoteHangup", StringComparison.Ordinal), TimeSpan.FromSeconds(5)), Log());

            Process.Start("kill", $"-TERM {server.Id}")!.WaitForExit();
            Assert.True(await Exit(server, TimeSpan.FromSeconds(10)), "no exit after SIGTERM\n" + Log());
            Assert.True(server.ExitCode == 0, $"exit {server.ExitCode}\n{Log()}");
            Assert.Contains("stopping", Log(), StringComparison.Ordinal);
        }
        finally
        {
            if (!server.HasExited)
                server.Kill(entireProcessTree: true);
        }
    }

    private static Process Start(string file, string args, string workDir) => Process.Start(new ProcessStartInfo(file, args)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
        WorkingDirectory = workDir,
    })!;

    private static async Task<bool> Exit(Process process, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return false;
        }
    }

    private static async Task<bool> WaitFor(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                return false;
            await Task.Delay(100);
        }
        return true;
    }

    private static int FreePort()
    {
        using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)udp.LocalEndPoint!).Port;
    }
}
