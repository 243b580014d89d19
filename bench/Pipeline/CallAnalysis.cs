using System.Diagnostics;
using MediaCore.Server.Demo;

namespace MediaCore.Bench.Pipeline;

/// <summary>Turns a <see cref="CallRecord"/> into per-turn and per-barge-in samples.</summary>
public static class CallAnalysis
{
    // A quiet gap this long (frames) after a decision means a new bot turn started, not the cut one going on.
    private const int NewTurnGapFrames = 5;

    public static IReadOnlyList<TurnSample> Turns(CallRecord call)
    {
        var samples = new List<TurnSample>();
        var ends = call.CallerEvents.Where(e => e.Kind == CallerEventKind.LineEnded).ToList();
        foreach (var end in ends)
        {
            long windowEnd = call.CallerEvents.FirstOrDefault(e => e.Kind == CallerEventKind.LineStarted && e.Line == end.Line + 1).Timestamp;
            long firstOut = FirstAudioAfter(call.Server, end.Timestamp, windowEnd);
            var latency = call.TurnLatencies.FirstOrDefault(t => t.Arrival > end.Timestamp && (windowEnd == 0 || t.Arrival < windowEnd)).Latency;
            if (firstOut == 0 || latency is null)
                continue;
            double response = Stopwatch.GetElapsedTime(end.Timestamp, firstOut).TotalMilliseconds;
            var heard = call.CallerEvents.FirstOrDefault(e => e.Kind == CallerEventKind.ReplyStarted && e.Line == end.Line);
            samples.Add(new TurnSample(response, heard.Kind == CallerEventKind.ReplyStarted ? heard.Value / 1000.0 : double.NaN,
                Math.Max(0, response - latency.TotalMs), latency.SttMs, latency.BrainMs, latency.TtsMs, latency.PlayoutMs));
        }
        return samples;
    }

    public static IReadOnlyList<BargeInSample> BargeIns(CallRecord call)
    {
        var samples = new List<BargeInSample>();
        foreach (var decision in call.BargeInDecisions)
        {
            long server = LastOfRun(call.Server.FrameCount, i => call.Server.Frame(i) is var f ? (f.Timestamp, f.Audio) : default, decision);
            long caller = LastOfRun(call.Caller.FrameCount,
                i => call.Caller.Frame(i) is var f ? (f.Timestamp, f.Level >= call.Caller.SpeechLevel) : default, decision);
            samples.Add(new BargeInSample(Since(decision, server), Since(decision, caller)));
        }
        return samples;
    }

    private static long FirstAudioAfter(RecordingAgentHandler server, long from, long until)
    {
        for (int i = 0; i < server.FrameCount; i++)
        {
            var (timestamp, audio) = server.Frame(i);
            if (until != 0 && timestamp >= until)
                return 0;
            if (audio && timestamp > from)
                return timestamp;
        }
        return 0;
    }

    /// <summary>The last bot frame of the run that was playing at <paramref name="decision"/> (0: none after it).</summary>
    private static long LastOfRun(int count, Func<int, (long Timestamp, bool Voiced)> frame, long decision)
    {
        long last = 0;
        int quiet = 0;
        for (int i = 0; i < count; i++)
        {
            var (timestamp, voiced) = frame(i);
            if (timestamp < decision)
                continue;
            if (!voiced)
            {
                quiet++;
                continue;
            }
            if (quiet >= NewTurnGapFrames)
                break;
            last = timestamp;
            quiet = 0;
        }
        return last;
    }

    private static double Since(long decision, long last) =>
        last == 0 ? 0 : Stopwatch.GetElapsedTime(decision, last).TotalMilliseconds;
}
