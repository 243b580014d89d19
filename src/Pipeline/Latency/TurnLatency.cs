using System.Diagnostics;

namespace MediaCore.Pipeline.Latency;

/// <summary>
/// The Stopwatch timestamps of one bot turn's response (0 = not reached). Written by the workers as the turn
/// progresses; <see cref="Complete"/> records the stages once the first audio frame went out.
/// </summary>
public sealed class TurnLatency
{
    public TurnLatency(int turnId) => TurnId = turnId;

    public int TurnId { get; }
    public long EndOfSpeech { get; set; }
    public long SttFinal { get; set; }
    public long BrainFirstToken { get; set; }
    public long FirstTtsAudio { get; set; }
    public long FirstAudioOut { get; set; }

    public static TimeSpan Between(long from, long to) => from == 0 || to == 0 || to < from ? TimeSpan.Zero : Stopwatch.GetElapsedTime(from, to);

    public TimeSpan EndToEnd => Between(EndOfSpeech, FirstAudioOut);

    /// <summary>Records every stage whose two ends are known.</summary>
    public void Complete(PipelineLatencyMetrics metrics)
    {
        RecordIf(metrics, LatencyStage.SpeechToText, EndOfSpeech, SttFinal);
        RecordIf(metrics, LatencyStage.BrainFirstToken, SttFinal, BrainFirstToken);
        RecordIf(metrics, LatencyStage.TextToSpeechFirstAudio, BrainFirstToken, FirstTtsAudio);
        RecordIf(metrics, LatencyStage.Playout, FirstTtsAudio, FirstAudioOut);
        RecordIf(metrics, LatencyStage.EndToEnd, EndOfSpeech, FirstAudioOut);
    }

    public override string ToString() =>
        $"turn {TurnId}: stt={Between(EndOfSpeech, SttFinal).TotalMilliseconds:F0}ms brain={Between(SttFinal, BrainFirstToken).TotalMilliseconds:F0}ms " +
        $"tts={Between(BrainFirstToken, FirstTtsAudio).TotalMilliseconds:F0}ms playout={Between(FirstTtsAudio, FirstAudioOut).TotalMilliseconds:F0}ms " +
        $"total={EndToEnd.TotalMilliseconds:F0}ms";

    private static void RecordIf(PipelineLatencyMetrics metrics, LatencyStage stage, long from, long to)
    {
        if (from != 0 && to != 0 && to >= from)
            metrics.Record(stage, Stopwatch.GetElapsedTime(from, to));
    }
}
