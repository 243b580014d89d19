using System.Text.Json;
using MediaCore.Bench.Load.Reporting;

namespace MediaCore.Bench.Tests;

/// <summary>A short real run: the output has every figure and valid charts. Values are not judged here.</summary>
[Collection(LoadRunsCollection.Name)]
public sealed class SmokeRunTests(SmokeRunFixture run) : IClassFixture<SmokeRunFixture>
{
    private static readonly string[] Distributions = ["SetupMs", "ResponseLatencyMs", "EchoTailMs", "PacingDeviationMs", "CallerPacingDeviationMs", "BargeInStopMs"];
    private static readonly string[] DistributionFields = ["Count", "Mean", "P50", "P90", "P99", "Min", "Max"];
    private static readonly string[] Counters =
        ["Calls", "Answered", "Failed", "PacketsSent", "PacketsReceived", "PacketsExpected", "PacketsLost", "LossRatio", "OutOfOrder",
         "Duplicates", "BargeInsAttempted", "BargeInsNotStopped", "DurationSeconds", "ColdSetupMs", "WarmSetupMs"];
    private static readonly string[] PerCallFields =
        ["SetupMs", "PacketsSent", "PacketsReceived", "PacketsLost", "LossRatio", "OutOfOrder", "ResponseLatencyMs", "EchoTailMs", "InviteRetransmissions"];

    [Theory]
    [InlineData("mediacore-inprocess-echo")]
    [InlineData("sipp-rtp-echo")]
    public void Every_figure_is_in_the_json_for_each_target(string target)
    {
        var summary = Summary(target);
        Assert.Equal(3, summary.GetProperty("Calls").GetInt32());
        Assert.Equal(3, summary.GetProperty("Answered").GetInt32());
        foreach (var name in Distributions)
            foreach (var field in DistributionFields)
                Assert.True(summary.GetProperty(name).TryGetProperty(field, out _), $"{target}: {name}.{field}");
        foreach (var name in Distributions.Except(["BargeInStopMs"]))
            Assert.True(double.IsFinite(summary.GetProperty(name).GetProperty("P99").GetDouble()), $"{target}: {name}.P99 measured");
        foreach (var name in Counters)
            Assert.Equal(JsonValueKind.Number, summary.GetProperty(name).ValueKind);
        var server = summary.GetProperty("Server");
        Assert.True(server.GetProperty("Samples").GetInt32() > 0, "server CPU/RSS sampled");
        Assert.True(server.GetProperty("RssMegabytesMax").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Number, server.GetProperty("CpuPercentMean").ValueKind);
        var perCall = summary.GetProperty("PerCall").EnumerateArray().ToList();
        Assert.Equal(3, perCall.Count);
        foreach (var call in perCall)
        {
            foreach (var field in PerCallFields)
                Assert.Equal(JsonValueKind.Number, call.GetProperty(field).ValueKind);
            Assert.Single(call.GetProperty("BargeIns").EnumerateArray());
            Assert.True(call.GetProperty("PacketsReceived").GetInt32() > 0, "the echo came back");
        }
    }

    [Theory]
    [InlineData("mediacore-inprocess-echo")]
    [InlineData("sipp-rtp-echo")]
    public void The_cold_start_is_measured_apart_from_the_steps(string target)
    {
        var cold = Target(target).GetProperty("ColdStart");
        Assert.Equal(1, cold.GetProperty("Calls").GetInt32());
        Assert.Equal(JsonValueKind.Number, cold.GetProperty("ColdSetupMs").ValueKind);
    }

    [Fact]
    public void The_overhead_against_sipp_and_the_stages_are_reported()
    {
        var root = run.Json.RootElement;
        Assert.Equal(3, root.GetProperty("OverheadConcurrency").GetInt32());
        foreach (var key in new[] { "pacingP99", "pacingP50", "responseLatencyP50", "echoTailP50", "setupP50", "lossRatio", "serverCpuMean" })
            Assert.True(root.GetProperty("OverheadVersusSipp").TryGetProperty(key, out _), key);
        Assert.Equal(8, root.GetProperty("Stages").GetArrayLength());
    }

    [Fact]
    public void Charts_exist_and_are_valid_pngs()
    {
        string[] expected = [ChartSet.LatencyCdf, ChartSet.PacingCdf, ChartSet.Stages, ChartSet.CapacityRamp];
        Assert.Equal(expected.Order(), run.Report.Charts.Order());
        foreach (var chart in expected)
        {
            var (width, height) = PngValidator.Validate(File.ReadAllBytes(Path.Combine(run.Directory, chart)));
            Assert.True(width > 0 && height > 0);
        }
    }

    [Fact]
    public void The_markdown_summary_has_a_row_per_target()
    {
        var markdown = File.ReadAllText(Path.Combine(run.Directory, "summary.md"));
        Assert.Contains("| mediacore-inprocess-echo | 3 |", markdown);
        Assert.Contains("| sipp-rtp-echo | 3 |", markdown);
    }

    private JsonElement Summary(string target) => Target(target).GetProperty("Steps")[0].GetProperty("Summary");

    private JsonElement Target(string target) =>
        run.Json.RootElement.GetProperty("Targets").EnumerateArray().Single(t => t.GetProperty("Name").GetString() == target);
}
