using MediaCore.Bench.Load;

namespace MediaCore.Bench.Tests;

/// <summary>
/// One short real agent run shared by <see cref="AgentRunTests"/>: a real `mediacore serve` process with the fake
/// LLM as its brain, one cold-start call, then one call of two flite lines (the second talks over the bot's reply).
/// </summary>
public sealed class AgentRunFixture() : LoadRunFixture("mediacore-agent-load-", TimeSpan.FromSeconds(180))
{
    protected override LoadOptions Options() => new()
    {
        Scenario = "agent",
        Calls = 1,
        Turns = 2,
        BargeIn = true,
        WarmupCalls = 1,
        LlmTtftMs = 100,
        OutputDirectory = Directory,
    };
}
