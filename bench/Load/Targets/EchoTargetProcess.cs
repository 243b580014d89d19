using System.Diagnostics;
using System.Net;

namespace MediaCore.Bench.Load.Targets;

/// <summary>
/// The <see cref="InProcessEchoTarget"/> in its own process (`MediaCore.Bench load echo-target`), so the load
/// generator and the server do not share a thread pool, a GC or a CPU figure — closer to how `mediacore serve` will be
/// measured. The child prints "READY host:port" once listening and exits when its stdin closes.
/// </summary>
public sealed class EchoTargetProcess : ILoadTarget
{
    public const string ReadyPrefix = "READY ";
    private readonly Process _process;

    private EchoTargetProcess(Process process, IPEndPoint sip)
    {
        _process = process;
        SipEndPoint = sip;
    }

    public string Name => "mediacore-echo-process";

    public IPEndPoint SipEndPoint { get; }

    public int? ProcessId => _process.HasExited ? null : _process.Id;

    public static async Task<EchoTargetProcess> StartAsync(CancellationToken cancellation)
    {
        string assembly = typeof(EchoTargetProcess).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { assembly, "load", "echo-target" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The echo target process did not start.");
        try
        {
            while (true)
            {
                string? line = await process.StandardOutput.ReadLineAsync(cancellation).AsTask().WaitAsync(TimeSpan.FromSeconds(30), cancellation).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The echo target process exited before it was ready.");
                if (line.StartsWith(ReadyPrefix, StringComparison.Ordinal))
                    return new EchoTargetProcess(process, IPEndPoint.Parse(line[ReadyPrefix.Length..].Trim()));
            }
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>The child's side: serve until stdin closes.</summary>
    public static async Task<int> ServeAsync()
    {
        await using var target = new InProcessEchoTarget(IPAddress.Loopback);
        Console.WriteLine(ReadyPrefix + target.SipEndPoint);
        Console.Out.Flush();
        await Console.In.ReadToEndAsync().ConfigureAwait(false);
        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}
