using System.Diagnostics;

namespace MediaCore.Server.Tests.Browser;

/// <summary>Runs a helper program (apt-get, npm, node) with output captured and a hard time limit.</summary>
internal sealed record ExternalProcess(int ExitCode, string Output, string Error)
{
    public static async Task<ExternalProcess> RunAsync(string file, string workingDirectory, TimeSpan limit, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + file);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new ExternalProcess(-1, await output, await error + $"\n(killed after {limit.TotalSeconds:F0} s)");
        }
        return new ExternalProcess(process.ExitCode, await output, await error);
    }

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}
