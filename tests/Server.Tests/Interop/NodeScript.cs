using System.Diagnostics;

namespace MediaCore.Server.Tests.Interop;

/// <summary>Runs node in this folder (node_modules installed from the pinned package-lock on first use), with a
/// writer on its stdin for the test's signals; returns exit code, stdout and stderr.</summary>
internal static class NodeScript
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "tests", "Server.Tests", "Interop");

    public static async Task EnsureModulesAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@grpc", "grpc-js")))
            return;
        var (exit, _, stderr) = await RunAsync("npm", "ci --no-audit --no-fund", null, TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, "npm ci failed: " + stderr);
    }

    public static Task<(int Exit, string Stdout, string Stderr)> RunAsync(string arguments, Func<StreamWriter, Task> drive, TimeSpan timeout) =>
        RunAsync("node", arguments, drive, timeout);

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, string arguments,
        Func<StreamWriter, Task>? drive, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.AutoFlush = true;
        // The driver's failures (a signal that never came) show up as the script's own timeout and its stderr.
        var driving = drive is null ? Task.CompletedTask : SwallowAsync(drive(process.StandardInput));
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {arguments} did not finish in {timeout}: {await stderr}");
        }
        await driving;
        return (process.ExitCode, await stdout, await stderr);
    }

    private static async Task SwallowAsync(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception e) when (e is TimeoutException or IOException or ObjectDisposedException)
        {
        }
    }
}
