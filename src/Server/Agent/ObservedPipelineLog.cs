using System.Globalization;
using System.Text.RegularExpressions;
using MediaCore.Pipeline.Calls;

namespace MediaCore.Server.Agent;

/// <summary>
/// The pipeline's log seam turned into <see cref="AgentCallEvents"/>: latency lines become
/// <see cref="AgentCallEvents.TurnLatency"/>, barge-in lines <see cref="AgentCallEvents.BargeIn"/>; every line is
/// forwarded to <see cref="AgentCallEvents.Log"/> and the optional text sink.
/// </summary>
internal sealed partial class ObservedPipelineLog(AgentCallEvents events, Action<string>? sink, PipelineLogLevel minimum) : IPipelineLog
{
    public void Log(PipelineLogLevel level, string callId, string message)
    {
        if (AgentTurnLatency.TryParse(message, out var latency))
            events.OnTurnLatency(callId, latency);
        else if (BargeInPattern().Match(message) is { Success: true } bargeIn)
            events.OnBargeIn(callId, long.Parse(bargeIn.Groups[1].Value, CultureInfo.InvariantCulture),
                long.Parse(bargeIn.Groups[2].Value, CultureInfo.InvariantCulture));
        events.OnLog(callId, level.ToString(), message);
        if (level >= minimum)
            sink?.Invoke($"[{callId}] {level}: {message}");
    }

    [GeneratedRegex(@"^barge-in at tick (\d+) \(timestamp (\d+),")]
    private static partial Regex BargeInPattern();
}
