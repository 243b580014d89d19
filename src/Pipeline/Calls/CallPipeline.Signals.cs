using System.Diagnostics;
using MediaCore.Pipeline.Frames;
using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Calls;

// The signal pump: turns the tick's structs into frames, logs, latency marks and the hang-up request.
public sealed partial class CallPipeline
{
    private async Task RunSignalPumpAsync(CancellationToken cancellationToken)
    {
        await foreach (var signal in _signals.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                Handle(signal);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log(PipelineLogLevel.Error, $"signal {signal.Kind} failed: {ex.Message}");
            }
        }
    }

    private void Handle(TickSignal signal)
    {
        switch (signal.Kind)
        {
            case TickSignalKind.BargeIn:
                Log(PipelineLogLevel.Information,
                    $"barge-in at tick {signal.Tick} (timestamp {signal.Timestamp}, utterance {signal.UtteranceId}), generation {signal.Value}");
                // System frame first: it cancels the bot turn and flushes its queued frames; then the caller's words.
                _frames.Post(new InterruptionFrame(signal.Value, signal.Timestamp, signal.Tick, signal.UtteranceId));
                ResolveOverlap(signal.UtteranceId, accepted: true);
                break;
            case TickSignalKind.OverlapAccepted:
                ResolveOverlap(signal.UtteranceId, accepted: true);
                break;
            case TickSignalKind.OverlapIgnored:
                Log(PipelineLogLevel.Debug, $"utterance {signal.UtteranceId} over the bot was a backchannel or noise");
                ResolveOverlap(signal.UtteranceId, accepted: false);
                break;
            case TickSignalKind.FirstAudioOut:
                OnFirstAudioOut(signal.Value, signal.Timestamp);
                break;
            case TickSignalKind.Escalation:
                var step = (EscalationStep)signal.Value;
                Log(PipelineLogLevel.Information, $"silence escalation: {step}");
                bool hangUp = step is EscalationStep.Goodbye or EscalationStep.MaxDuration;
                _frames.Post(new BotSayFrame(_escalation.LineFor(step), hangUp));
                break;
            case TickSignalKind.HangUpDue:
                Log(PipelineLogLevel.Information, "goodbye played: requesting hang-up");
                _hangUp.TrySetResult("goodbye");
                break;
        }
    }

    private void OnFirstAudioOut(int turnId, long timestamp)
    {
        var turn = FindTurn(turnId);
        if (turn is null || turn.Latency.FirstAudioOut != 0)
            return;
        turn.Latency.FirstAudioOut = timestamp;
        if (turn.Latency.EndOfSpeech != 0)
        {
            turn.Latency.Complete(_metrics);
            Log(PipelineLogLevel.Information, turn.Latency.ToString());
        }
    }

    /// <summary>Stopwatch timestamp now (for callers measuring against the pipeline's marks).</summary>
    internal static long Now() => Stopwatch.GetTimestamp();
}
