using System.Globalization;

namespace MediaCore.Bench.Pipeline;

/// <summary>Command-line options of `agent`: the concurrent run (calls × turns) and the one-call baseline.</summary>
public sealed record PipelineBenchOptions
{
    public int Calls { get; init; } = 10;
    public int TurnsPerCall { get; init; } = 5;

    /// <summary>Turns of the one-call baseline (with --calls 1 the run itself is the baseline).</summary>
    public int BaselineTurns { get; init; } = 5;

    /// <summary>Delay between call starts, so greetings do not all start on one tick.</summary>
    public int StaggerMs { get; init; } = 250;

    /// <summary>How long after the bot's reply starts the caller talks over it (barge-in lines).</summary>
    public int BargeInAfterMs { get; init; } = 800;

    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(120);
    public string? ModelsDir { get; init; }
    public string? OutputDirectory { get; init; }

    public const string Usage = """
        usage: agent [--calls N] [--turns N] [--baseline-turns N] [--stagger-ms MS] [--barge-after-ms MS]
                     [--timeout S] [--models DIR] [--out DIR]
        Caller speech end → first bot RTP packet over real SIP/RTP on loopback, PocketSphinx + flite + an instant rule
        brain; barge-in stop time; N concurrent calls vs one. Writes DIR/pipeline.json (default results/<timestamp>).
        """;

    public static PipelineBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new PipelineBenchOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Int() => int.Parse(Value(), CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--calls" => options with { Calls = Int() },
                "--turns" => options with { TurnsPerCall = Int() },
                "--baseline-turns" => options with { BaselineTurns = Int() },
                "--stagger-ms" => options with { StaggerMs = Int() },
                "--barge-after-ms" => options with { BargeInAfterMs = Int() },
                "--timeout" => options with { CallTimeout = TimeSpan.FromSeconds(Int()) },
                "--models" => options with { ModelsDir = Value() },
                "--out" => options with { OutputDirectory = Value() },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        if (options.Calls < 1 || options.TurnsPerCall < 2 || options.BaselineTurns < 2)
            throw new ArgumentException("--calls ≥ 1, --turns ≥ 2 and --baseline-turns ≥ 2 (every second line is a barge-in)");
        return options;
    }
}
