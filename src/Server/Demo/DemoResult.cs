namespace MediaCore.Server.Demo;

/// <summary>The outcome of one demo call.</summary>
public sealed record DemoResult(
    int ExitCode,
    string Greeting,
    IReadOnlyList<string> Recognised,
    IReadOnlyList<string> BotReplies,
    IReadOnlyList<double> ServerLatenciesMs,
    IReadOnlyList<double> CallerLatenciesMs,
    string? WavPath,
    TimeSpan Duration,
    string Summary);
