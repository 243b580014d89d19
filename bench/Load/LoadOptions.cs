using System.Globalization;
using System.Net;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Load;

/// <summary>
/// Command-line options of `load &lt;scenario&gt;`. Times in seconds unless the name says ms. Lists are comma-separated.
/// </summary>
public sealed record LoadOptions
{
    public const string DefaultWav = "/work/shared/audio/en_osr_us_000_0034_8k.wav";

    public string Scenario { get; init; } = "media";

    /// <summary>host:port of a SIP target; null = start the in-process echo target (stand-in until `mediacore serve`).</summary>
    public IPEndPoint? Target { get; init; }
    public string Transport { get; init; } = "udp";

    /// <summary>Run the echo stand-in inside the bench process instead of a child process (without --target).</summary>
    public bool InProcessTarget { get; init; }
    public int Calls { get; init; } = 10;

    /// <summary>Calls (1 s each) placed before measuring a target: their setup is the cold start, excluded from the steps.</summary>
    public int WarmupCalls { get; init; } = 1;
    public double CallsPerSecond { get; init; } = 10;
    public string Wav { get; init; } = DefaultWav;
    public G711Law Codec { get; init; } = G711Law.MuLaw;
    public double SpeechSeconds { get; init; } = 6;
    public double CallSeconds { get; init; } = 12;
    public IReadOnlyList<double> TalkOverSeconds { get; init; } = [];
    public double TalkOverLengthSeconds { get; init; } = 1.5;

    /// <summary>Capacity ramp steps (media scenario).</summary>
    public IReadOnlyList<int> Steps { get; init; } = [10, 20, 40, 80, 160];
    public double PacingP99LimitMs { get; init; } = 5;
    public double LossLimit { get; init; } = 0.001;

    /// <summary>
    /// Judge pacing as (target p99 − the bench's own send p99) instead of the target p99 alone: for shared or overloaded
    /// machines where the load generator's clock is already worse than the limit. An approximation; off by default.
    /// </summary>
    public bool PacingLimitOverFloor { get; init; }

    /// <summary>Run every ramp step even after one failed (the capacity is still the highest passing step).</summary>
    public bool FullRamp { get; init; }

    public int? ServerPid { get; init; }
    public string? ServerProcessName { get; init; }

    /// <summary>Also run the same load against SIPp's RTP echo (the media-plane floor) and report the ratio.</summary>
    public bool SippBaseline { get; init; } = true;
    public int SippPort { get; init; } = 5070;
    public int SippMediaPort { get; init; } = 6000;

    /// <summary>Fake LLM time to first token for the agent scenario hook.</summary>
    public double LlmTtftMs { get; init; } = 300;

    public string? OutputDirectory { get; init; }

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        int i = 0;
        if (i < args.Count && !args[i].StartsWith("--", StringComparison.Ordinal))
            options = options with { Scenario = args[i++] };
        for (; i < args.Count; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--target" => options with { Target = ParseEndPoint(Value()) },
                "--transport" => options with { Transport = Value().ToLowerInvariant() is "udp" ? "udp" : throw new ArgumentException("Only UDP is supported.") },
                "--calls" => options with { Calls = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--cps" or "--rate" => options with { CallsPerSecond = Double(Value()) },
                "--wav" => options with { Wav = Value() },
                "--codec" => options with { Codec = Value().ToUpperInvariant() switch { "PCMU" => G711Law.MuLaw, "PCMA" => G711Law.ALaw, var c => throw new ArgumentException($"Codec {c}: PCMU or PCMA.") } },
                "--speech" => options with { SpeechSeconds = Double(Value()) },
                "--duration" => options with { CallSeconds = Double(Value()) },
                "--talk-over" => options with { TalkOverSeconds = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Double).ToArray() },
                "--talk-over-length" => options with { TalkOverLengthSeconds = Double(Value()) },
                "--steps" => options with { Steps = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() },
                "--pacing-limit-ms" => options with { PacingP99LimitMs = Double(Value()) },
                "--full-ramp" => options with { FullRamp = true },
                "--limit-over-floor" => options with { PacingLimitOverFloor = true },
                "--loss-limit" => options with { LossLimit = Double(Value()) },
                "--server-pid" => options with { ServerPid = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--server-name" => options with { ServerProcessName = Value() },
                "--warmup" => options with { WarmupCalls = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--in-process" => options with { InProcessTarget = true },
                "--no-sipp" => options with { SippBaseline = false },
                "--sipp-port" => options with { SippPort = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--sipp-media-port" => options with { SippMediaPort = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--llm-ttft-ms" => options with { LlmTtftMs = Double(Value()) },
                "--out" => options with { OutputDirectory = Value() },
                _ => throw new ArgumentException($"Unknown option {name}."),
            };
        }
        if (options.Scenario is not ("media" or "smoke" or "agent"))
            throw new ArgumentException($"Unknown scenario '{options.Scenario}' (media, smoke, agent).");
        return options;
    }

    public const string Usage = """
        load <media|agent|smoke> [options]
          --target host:port        SIP target (UDP). Default: the echo stand-in (RtpSession + EchoHandler) in a child process
          --in-process              run the echo stand-in inside the bench process instead
          --warmup N                N short calls first (cold start), not counted in the steps (default 1)
          --calls N                 concurrent calls (smoke/agent)            --cps R        calls started per second
          --steps 10,20,40,80       capacity ramp (media)                      --duration S   seconds of media per call
          --speech S                caller speech at the start of each call   --wav PATH     speech WAV (resampled to 8 kHz)
          --talk-over 8,10.5        caller talks over the bot at these offsets --talk-over-length S
          --codec PCMU|PCMA         --pacing-limit-ms 5  --loss-limit 0.001
          --limit-over-floor        judge pacing p99 minus the bench's own send p99 (overloaded machines)
          --full-ramp               run every step even after one failed
          --server-pid PID | --server-name NAME   sample the server's CPU and RSS
          --no-sipp                 skip the SIPp echo baseline  --sipp-port 5070 --sipp-media-port 6000
          --llm-ttft-ms MS          fake LLM time to first token (agent)      --out DIR      results folder
        """;

    private static double Double(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static IPEndPoint ParseEndPoint(string text)
    {
        if (IPEndPoint.TryParse(text, out var endPoint))
            return endPoint.Port == 0 ? new IPEndPoint(endPoint.Address, 5060) : endPoint;
        int colon = text.LastIndexOf(':');
        string host = colon < 0 ? text : text[..colon];
        int port = colon < 0 ? 5060 : int.Parse(text[(colon + 1)..], CultureInfo.InvariantCulture);
        var address = Dns.GetHostAddresses(host).First(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork);
        return new IPEndPoint(address, port);
    }
}
