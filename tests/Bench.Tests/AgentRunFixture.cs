using System.Text.Json;
using MediaCore.Bench.Load;
using MediaCore.Bench.Load.Reporting;

namespace MediaCore.Bench.Tests;

/// <summary>
/// One short real agent run shared by <see cref="AgentRunTests"/>: a real `mediacore serve` process with the fake
/// LLM as its brain, one cold-start call, then one call of two flite lines (the second talks over the bot's reply).
/// </summary>
public sealed class AgentRunFixture : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "mediacore-agent-load-" + Guid.NewGuid().ToString("N"));

    public LoadReport Report { get; private set; } = null!;

    public JsonDocument Json { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new LoadOptions
        {
            Scenario = "agent",
            Calls = 1,
            Turns = 2,
            BargeIn = true,
            WarmupCalls = 1,
            LlmTtftMs = 100,
            OutputDirectory = Directory,
        };
        Report = await LoadCommand.RunAsync(options, TextWriter.Null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(180));
        Json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Directory, "report.json")));
    }

    public Task DisposeAsync()
    {
        Json?.Dispose();
        if (System.IO.Directory.Exists(Directory))
            System.IO.Directory.Delete(Directory, recursive: true);
        return Task.CompletedTask;
    }
}
