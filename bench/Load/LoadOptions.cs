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

    /// <summary>host:port of a SIP target; null = start `mediacore serve` (echo handler for media/smoke, the agent for agent).</summary>
    public IPEndPoint? Target { get; init; }
    public string Transport { get; init; } = "udp";

    /// <summary>Run the echo stand-in inside the bench process instead of `mediacore serve --handler echo` (without --target).</summary>
    public bool InProcessTarget { get; init; }

    /// <summary>Media without --target: the echo stand-in in a child process (`load echo-target`) instead of `mediacore serve --handler echo`.</summary>
    public bool StandIn { get; init; }
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

    /// <summary>Capacity ramp steps (media scenario); for the agent scenario only when given (else one batch of <see cref="Calls"/>).</summary>
    public IReadOnlyList<int> Steps { get; init; } = [10, 20, 40, 80, 160];

    /// <summary>True when --steps was on the command line.</summary>
    public bool StepsGiven { get; init; }
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

    /// <summary>Fake LLM time to first token (agent scenario).</summary>
    public double LlmTtftMs { get; init; } = 300;

    /// <summary>The fake LLM's port (0 = any free port; fix it when --target is a server configured by hand).</summary>
    public int LlmPort { get; init; }

    /// <summary>What the fake LLM answers every turn (long enough for a talk-over to land inside it); one sentence
    /// without commas: a pause between sentences would read as the bot stopping.</summary>
    public string LlmReply { get; init; } = "Sure I can help with that and I will check the details for you right now so please stay on the line";

    /// <summary>Caller lines per agent call.</summary>
    public int Turns { get; init; } = 6;

    /// <summary>Agent scenario: every second line talks over the bot's reply (a barge-in).</summary>
    public bool BargeIn { get; init; }

    /// <summary>How long into the bot's reply a talk-over line starts.</summary>
    public double TalkOverAfterMs { get; init; } = 1000;

    /// <summary>The server assembly the agent scenario starts (default: mediacore.dll next to the bench).</summary>
    public string? ServerAssembly { get; init; }

    /// <summary>The tenant folder for the started server (default: the sample restaurant with a short greeting).</summary>
    public string? TenantsFolder { get; init; }

    /// <summary>With --target: the server's control API (http://host:port) and token, for its per-stage figures.</summary>
    public Uri? ControlAddress { get; init; }
    [System.Text.Json.Serialization.JsonIgnore] // not written into report.json
    public string? ControlToken { get; init; }

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
                "--steps" => options with { Steps = Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), StepsGiven = true },
                "--pacing-limit-ms" => options with { PacingP99LimitMs = Double(Value()) },
                "--full-ramp" => options with { FullRamp = true },
                "--limit-over-floor" => options with { PacingLimitOverFloor = true },
                "--loss-limit" => options with { LossLimit = Double(Value()) },
                "--server-pid" => options with { ServerPid = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--server-name" => options with { ServerProcessName = Value() },
                "--warmup" => options with { WarmupCalls = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--in-process" => options with { InProcessTarget = true },
                "--stand-in" => options with { StandIn = true },
                "--no-sipp" => options with { SippBaseline = false },
                "--sipp-port" => options with { SippPort = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--sipp-media-port" => options with { SippMediaPort = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--llm-ttft-ms" => options with { LlmTtftMs = Double(Value()) },
                "--llm-port" => options with { LlmPort = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--llm-reply" => options with { LlmReply = Value() },
                "--turns" => options with { Turns = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--barge-in" => options with { BargeIn = true },
                "--talk-over-after-ms" => options with { TalkOverAfterMs = Double(Value()) },
                "--server-dll" => options with { ServerAssembly = Value() },
                "--tenants" => options with { TenantsFolder = Value() },
                "--control" => options with { ControlAddress = new Uri("http://" + Value()) },
                "--control-token" => options with { ControlToken = Value() },
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
          --target host:port        SIP target (UDP). Default: a `mediacore serve --handler echo` process (agent: the agent)
          --in-process              the echo stand-in (RtpSession + EchoHandler) inside the bench process instead
          --stand-in                the echo stand-in in a child process (`load echo-target`) instead
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
          --out DIR                 results folder (default results/<timestamp>)
        agent (a real `mediacore serve` process, unless --target; the fake OpenAI-compatible LLM on 127.0.0.1):
          --steps 1,4               concurrent calls per batch (default: one batch of --calls)
          --turns 6                 caller lines per call                      --barge-in     every 2nd line talks over the reply
          --talk-over-after-ms 1000 how far into the reply a talk-over starts  --llm-ttft-ms 300  fake LLM time to first token
          --llm-reply TEXT          the fake LLM's answer                      --llm-port N   fix the fake LLM's port
          --server-dll PATH         mediacore.dll to run (default: next to the bench)   --tenants DIR  tenant folder
          --control host:port --control-token T   with --target: read per-stage figures from its control API
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
