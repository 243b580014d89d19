using System.Text.Json;
using MediaCore.Bench.Pipeline;

namespace MediaCore.Bench.Tests;

/// <summary>The agent bench end to end, shortest form (1 call × 2 turns: a story, then a barge-in over it).</summary>
public sealed class PipelineBenchSmokeTests
{
    private static readonly string[] StatFields = ["Count", "P50", "P95", "P99", "Max"];
    private static readonly string[] Stages = ["EndOfTurnWaitMs", "SttFinalMs", "BrainFirstTokenMs", "FirstTtsAudioMs", "FirstRtpOutMs"];

    [Fact]
    public async Task One_call_of_two_turns_writes_every_figure()
    {
        var directory = Path.Combine(Path.GetTempPath(), "mediacore-agent-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new PipelineBenchOptions
            {
                Calls = 1,
                TurnsPerCall = 2,
                CallTimeout = TimeSpan.FromSeconds(40),
                ModelsDir = Path.Combine(TestPaths.SharedDir(), "models"),
                OutputDirectory = directory,
            };
            var (_, path) = await PipelineBenchCommand.RunAsync(options, TextWriter.Null, "agent --calls 1 --turns 2").WaitAsync(TimeSpan.FromSeconds(55));

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
            foreach (var run in new[] { "Single", "Concurrent" })
            {
                var summary = json.RootElement.GetProperty(run);
                foreach (var name in new[] { "Calls", "TurnsScripted", "TurnsMeasured", "OutboundPacingP50Ms", "OutboundPacingP99Ms", "OutboundPacingMaxMs" })
                    AssertNumber(summary.GetProperty(name));
                AssertStat(summary.GetProperty("ResponseMs"));
                AssertStat(summary.GetProperty("CallerHeardMs"));
                foreach (var stage in Stages)
                    AssertStat(summary.GetProperty("Stages").GetProperty(stage));
                var bargeIn = summary.GetProperty("BargeIn");
                AssertNumber(bargeIn.GetProperty("Count"));
                AssertStat(bargeIn.GetProperty("ServerStopMs"));
                AssertStat(bargeIn.GetProperty("CallerStopMs"));
            }
            foreach (var ratio in new[] { "PacingP99", "ResponseP50", "ResponseP95" })
                AssertNumber(json.RootElement.GetProperty("Ratios").GetProperty(ratio));
        }
        finally
        {
            if (Directory.Exists(directory))
                Directory.Delete(directory, recursive: true);
        }
    }

    private static void AssertStat(JsonElement stat)
    {
        foreach (var field in StatFields)
            AssertNumber(stat.GetProperty(field));
    }

    // NaN is written as the string "NaN" (no samples): a figure must be present, its value is the bench's business.
    private static void AssertNumber(JsonElement value) =>
        Assert.True(value.ValueKind == JsonValueKind.Number || value.GetString() == "NaN", $"not a figure: {value}");
}
