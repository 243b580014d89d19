using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaCore.Server.Agent;

/// <summary>
/// One turn's response time as the pipeline measured it (end of caller speech → first bot audio frame handed to the
/// media plane), with its stages. Parsed from the pipeline's latency log line, its only per-turn output.
/// </summary>
public sealed partial record AgentTurnLatency(int TurnId, double SttMs, double BrainMs, double TtsMs, double PlayoutMs, double TotalMs)
{
    /// <summary>Parses "turn 3: stt=120ms brain=0ms tts=40ms playout=10ms total=170ms".</summary>
    public static bool TryParse(string message, out AgentTurnLatency latency)
    {
        latency = null!;
        var match = LinePattern().Match(message);
        if (!match.Success)
            return false;
        double Ms(int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);
        latency = new AgentTurnLatency(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), Ms(2), Ms(3), Ms(4), Ms(5), Ms(6));
        return true;
    }

    public override string ToString() =>
        FormattableString.Invariant($"{TotalMs:F0} ms (stt {SttMs:F0}, brain {BrainMs:F0}, tts {TtsMs:F0}, playout {PlayoutMs:F0})");

    [GeneratedRegex(@"^turn (\d+): stt=(\d+)ms brain=(\d+)ms tts=(\d+)ms playout=(\d+)ms total=(\d+)ms$")]
    private static partial Regex LinePattern();
}
