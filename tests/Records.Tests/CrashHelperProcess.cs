using System.Diagnostics;

namespace MediaCore.Records.Tests;

/// <summary>Runs tests/Records.CrashHelper (copied next to the tests) as a separate process.</summary>
public static class CrashHelperProcess
{
    public static Process Start(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MediaCore.Records.CrashHelper.dll");
        Assert.True(File.Exists(dll), $"crash helper not built next to the tests: {dll}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>Waits for the helper's "ready" line (generous bound: the machine may be loaded).</summary>
    public static async Task WaitReadyAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line != "ready")
        {
            var error = await process.StandardError.ReadToEndAsync(CancellationToken.None);
            Assert.Fail($"crash helper did not get ready: stdout '{line}', stderr: {error}");
        }
    }

    /// <summary>SIGKILL: no finally blocks, no disposal, no flush; exactly what a crashed server looks like.</summary>
    public static async Task KillAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        Assert.NotEqual(0, process.ExitCode);
    }
}
