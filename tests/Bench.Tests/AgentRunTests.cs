using System.Text.Json;
using MediaCore.Bench.Load.Agent;
using MediaCore.Bench.Load.Reporting;

namespace MediaCore.Bench.Tests;

/// <summary>The agent scenario's output has every figure, from a real server process, and valid charts. Values are not judged.</summary>
[Collection(LoadRunsCollection.Name)]
public sealed class AgentRunTests(AgentRunFixture run) : IClassFixture<AgentRunFixture>
{
    private static readonly string[] Distributions =
        ["SetupMs", "ResponseLatencyMs", "PacingDeviationMs", "CallerPacingDeviationMs", "BargeInStopMs", "BargeInDecisionMs"];
    private static readonly string[] DistributionFields = ["Count", "Mean", "P50", "P90", "P99", "Min", "Max"];
    private static readonly string[] ServerStages = ["stt", "brain", "tts", "other", "total"];

    [Fact]
    public void The_server_was_a_separate_mediacore_serve_process_that_answered_with_the_fake_llm()
    {
        var target = Target();
        Assert.Equal("mediacore-serve", target.GetProperty("Name").GetString());
        Assert.Equal(JsonValueKind.Number, target.GetProperty("StartupMs").ValueKind);
        var server = Summary().GetProperty("Server");
        Assert.NotEqual(Environment.ProcessId, server.GetProperty("Pid").GetInt32());
        Assert.True(server.GetProperty("Samples").GetInt32() > 0, "server CPU/RSS sampled from /proc");
        Assert.True(server.GetProperty("RssMegabytesMax").GetDouble() > 0);
        Assert.Equal(JsonValueKind.Number, server.GetProperty("CpuPercentMean").ValueKind);
        Assert.Contains(run.Report.Notes, n => n.StartsWith("Fake LLM requests served during the run: ", StringComparison.Ordinal) && !n.EndsWith(": 0.", StringComparison.Ordinal));
        string log = File.ReadAllText(Path.Combine(run.Directory, "server", "mediacore-serve.log"));
        Assert.Contains("mediacore serve: ready", log);
        Assert.Contains("llm:", File.ReadAllText(Path.Combine(run.Directory, "server", "mediacore-serve.yaml")));
    }

    [Fact]
    public void Every_turn_figure_and_the_servers_stage_split_are_in_the_json()
    {
        var summary = Summary();
        Assert.Equal(1, summary.GetProperty("Answered").GetInt32());
        Assert.Equal(2, summary.GetProperty("Turns").GetInt32());
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("TurnsUnanswered").ValueKind);
        foreach (var name in Distributions)
            foreach (var field in DistributionFields)
                Assert.True(summary.GetProperty(name).TryGetProperty(field, out _), $"{name}.{field}");
        foreach (var name in new[] { "SetupMs", "ResponseLatencyMs", "PacingDeviationMs" })
            Assert.True(double.IsFinite(summary.GetProperty(name).GetProperty("P50").GetDouble()), $"{name} measured");
        var stages = summary.GetProperty("ServerStagesMs");
        foreach (var stage in ServerStages)
            Assert.True(stages.GetProperty(stage).GetProperty("Count").GetInt32() > 0, $"server reported {stage}");
        Assert.Equal(1, summary.GetProperty("BargeInsAttempted").GetInt32());
        Assert.Equal(JsonValueKind.Number, summary.GetProperty("ServerBargeIns").ValueKind);
        var call = Assert.Single(summary.GetProperty("PerCall").EnumerateArray().ToList());
        Assert.Equal(2, call.GetProperty("TurnResponseMs").GetArrayLength());
        Assert.Single(call.GetProperty("BargeIns").EnumerateArray());
    }

    [Fact]
    public void Cold_start_is_the_first_call_after_the_process_started()
    {
        var cold = Target().GetProperty("ColdStart");
        Assert.Equal(1, cold.GetProperty("Calls").GetInt32());
        Assert.Equal(JsonValueKind.Number, cold.GetProperty("ColdSetupMs").ValueKind);
        Assert.True(cold.GetProperty("ResponseLatencyMs").TryGetProperty("P50", out _));
    }

    [Fact]
    public void Stages_charts_and_summary_are_written()
    {
        var stages = run.Json.RootElement.GetProperty("Stages").EnumerateArray().Select(s => s.GetProperty("Stage").GetString()).ToList();
        Assert.Equal([AgentScenario.EndOfTurnStage, "STT FINAL", "LLM FIRST TOKEN", "TTS FIRST AUDIO", "OTHER"], stages);
        string[] charts = [ChartSet.LatencyCdf, ChartSet.PacingCdf, ChartSet.Stages, ChartSet.CapacityRamp];
        Assert.Equal(charts.Order(), run.Report.Charts.Order());
        foreach (var chart in charts)
            Assert.True(PngValidator.Validate(File.ReadAllBytes(Path.Combine(run.Directory, chart))).Width > 0);
        var markdown = File.ReadAllText(Path.Combine(run.Directory, "summary.md"));
        Assert.Contains("## Agent turns", markdown);
        Assert.Contains("| mediacore-serve | 1 |", markdown);
        Assert.Contains("Cold vs warm (mediacore-serve)", markdown);
    }

    private JsonElement Summary() => Target().GetProperty("Steps")[0].GetProperty("Summary");

    private JsonElement Target() => run.Json.RootElement.GetProperty("Targets")[0];
}
