using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace MediaCore.Bench.Load.Targets;

/// <summary>
/// A real `mediacore serve` process under test: <c>dotnet mediacore.dll serve --config serve.yaml [--handler echo]</c>
/// (the server assembly sits next to the bench's own), with SIP on a free UDP port, RTP on loopback, the control API on
/// a free port with a generated token (the agent scenario reads turn latencies and barge-in decisions from its event
/// stream), metrics and HTTP off. For the agent: the bench tenant folder and <c>llm:</c> pointing at the fake LLM; for
/// the media ramp: the echo handler. Ready when the server prints "mediacore serve: ready"; its output is kept for the
/// results folder. Stopped with SIGTERM (the server hangs up its calls), killed if it does not exit.
/// </summary>
public sealed class ServeProcess : ILoadTarget
{
    public const string ReadyLine = "mediacore serve: ready";
    private readonly Process _process;
    private readonly List<string> _output;

    private ServeProcess(string name, Process process, List<string> output, IPEndPoint sip, Uri control, string token, TimeSpan startup)
    {
        Name = name;
        _process = process;
        _output = output;
        SipEndPoint = sip;
        ControlAddress = control;
        ControlToken = token;
        Startup = startup;
    }

    public string Name { get; }

    public IPEndPoint SipEndPoint { get; }

    public int? ProcessId => _process.HasExited ? null : _process.Id;

    public Uri ControlAddress { get; }

    public string ControlToken { get; }

    /// <summary>Process start → "ready" (engines loaded, SIP bound): the server's cold start.</summary>
    public TimeSpan Startup { get; }

    /// <summary>The server's output so far (startup lines, errors).</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
                return _output.ToArray();
        }
    }

    /// <summary>mediacore.dll next to the bench assembly (the bench references the server project).</summary>
    public static string DefaultServerAssembly => Path.Combine(AppContext.BaseDirectory, "mediacore.dll");

    /// <summary>The agent: tenants from <paramref name="tenantsFolder"/>, every brain the LLM at <paramref name="llmBaseUrl"/>.</summary>
    public static Task<ServeProcess> StartAgentAsync(string serverAssembly, string workDirectory, string tenantsFolder,
        Uri llmBaseUrl, string? repositoryRoot, CancellationToken cancellation) =>
        StartAsync("mediacore-serve", serverAssembly, workDirectory, null,
            $"tenants: {{ folder: \"{tenantsFolder}\", default: himalayan-kitchen }}\nllm: {{ base_url: \"{llmBaseUrl.ToString().TrimEnd('/')}\", model: bench-fake }}\n",
            repositoryRoot, cancellation);

    /// <summary>The media plane alone: every call answered by the echo handler.</summary>
    public static Task<ServeProcess> StartEchoAsync(string serverAssembly, string workDirectory, string? repositoryRoot, CancellationToken cancellation) =>
        StartAsync("mediacore-serve-echo", serverAssembly, workDirectory, "echo", "", repositoryRoot, cancellation);

    private static async Task<ServeProcess> StartAsync(string name, string serverAssembly, string workDirectory, string? handler,
        string extraConfig, string? repositoryRoot, CancellationToken cancellation)
    {
        if (!File.Exists(serverAssembly))
            throw new FileNotFoundException($"The server assembly {serverAssembly} does not exist (build src/Server or pass --server-dll).");
        Directory.CreateDirectory(workDirectory);
        var sip = new IPEndPoint(IPAddress.Loopback, FreePort(SocketType.Dgram, ProtocolType.Udp));
        int controlPort = FreePort(SocketType.Stream, ProtocolType.Tcp);
        string token = Guid.NewGuid().ToString("N");
        string config = Path.Combine(workDirectory, name + ".yaml");
        await File.WriteAllTextAsync(config, Config(sip, controlPort, token) + extraConfig, cancellation).ConfigureAwait(false);

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = repositoryRoot ?? workDirectory,
        };
        foreach (var arg in new[] { serverAssembly, "serve", "--config", config })
            start.ArgumentList.Add(arg);
        if (handler is not null)
        {
            start.ArgumentList.Add("--handler");
            start.ArgumentList.Add(handler);
        }
        var output = new List<string>();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        long started = Stopwatch.GetTimestamp();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException(
            "mediacore serve exited before it was ready: " + string.Join(" | ", Tail(output))));
        if (!process.Start())
            throw new InvalidOperationException("mediacore serve did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(120), cancellation).ConfigureAwait(false);
        }
        catch
        {
            KillQuietly(process);
            process.Dispose();
            throw;
        }
        return new ServeProcess(name, process, output, sip, new Uri($"http://127.0.0.1:{controlPort}"), token, Stopwatch.GetElapsedTime(started));

        void OnLine(string? line)
        {
            if (line is null)
                return;
            lock (output)
                output.Add(line);
            if (line.Contains(ReadyLine, StringComparison.Ordinal))
                ready.TrySetResult();
        }
    }

    /// <summary>The serve configuration (see ServeConfigLoader): everything on loopback, only SIP and the control API on.</summary>
    public static string Config(IPEndPoint sip, int controlPort, string token)
    {
        int rtpBase = 40_000 + 2 * Random.Shared.Next(0, 8_000);
        return string.Create(CultureInfo.InvariantCulture, $"""
            # Written by `MediaCore.Bench load agent`: the server under test.
            sip: {"{"} udp: "{sip}", tcp: "off", codecs: [PCMU, PCMA] {"}"}
            rtp: {"{"} address: 127.0.0.1, ports: "{rtpBase}-{rtpBase + 1_999}" {"}"}
            control: {"{"} listen: "127.0.0.1:{controlPort}", token: "{token}" {"}"}
            metrics: {"{"} listen: "off" {"}"}
            http: {"{"} listen: "off" {"}"}

            """);
    }

    private static IEnumerable<string> Tail(List<string> output)
    {
        lock (output)
            return output.TakeLast(8).ToArray();
    }

    private static int FreePort(SocketType type, ProtocolType protocol)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, type, protocol);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
                    await kill.WaitForExitAsync().ConfigureAwait(false);
                await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
            }
        }
        catch (TimeoutException)
        {
            KillQuietly(_process);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    private static void KillQuietly(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
