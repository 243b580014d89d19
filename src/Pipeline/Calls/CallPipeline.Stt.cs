using System.Diagnostics;
using MediaCore.Inference.Abstractions;
using MediaCore.Pipeline.Frames;
using MediaCore.Pipeline.TurnTaking;

namespace MediaCore.Pipeline.Calls;

// The STT worker: feeds utterance audio from the ring to the recognition session, publishes partial verdicts for the
// barge-in arbiter and the turn hints, and posts the final transcript (held back while an overlap is undecided).
public sealed partial class CallPipeline
{
    private readonly Dictionary<int, UserTranscriptFrame> _heldTranscripts = [];
    private readonly Dictionary<int, bool> _resolvedOverlaps = [];
    private readonly Lock _overlapGate = new();

    private async Task RunSttWorkerAsync(ISpeechRecognitionSession session, CancellationToken cancellationToken)
    {
        using var owned = session;
        var scratch = new short[_utterances.Capacity];
        int utterance = -1;
        long fed = 0;
        await foreach (var command in _sttCommands.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            try
            {
                switch (command.Kind)
                {
                    case SttCommandKind.Begin:
                        Log(PipelineLogLevel.Debug, $"utterance {command.UtteranceId} began{(command.Overlap ? " over the bot" : string.Empty)}");
                        session.Reset();
                        utterance = command.UtteranceId;
                        fed = command.Position;
                        break;
                    case SttCommandKind.Partial when command.UtteranceId == utterance:
                        fed = Feed(session, scratch, fed, command.Position);
                        if (_sttCommands.Reader.Count > 0)
                            break; // behind: skip this partial, the next command decodes the same audio
                        var partial = session.Partial(cancellationToken);
                        Log(PipelineLogLevel.Debug, $"utterance {utterance} partial ({partial.DecodeTime.TotalMilliseconds:F0} ms): \"{partial.Text}\"");
                        PublishVerdict(utterance, partial.Text, final: false);
                        Volatile.Write(ref _callerHints, (int)EndOfTurnPolicy.HintsFromPartial(partial.Text));
                        break;
                    case SttCommandKind.End when command.UtteranceId == utterance:
                        Log(PipelineLogLevel.Debug, $"utterance {utterance} ended {System.Diagnostics.Stopwatch.GetElapsedTime(command.Timestamp).TotalMilliseconds:F0} ms ago");
                        Feed(session, scratch, fed, command.Position);
                        var final = session.Finish(cancellationToken);
                        OnFinalTranscript(utterance, final, command);
                        Volatile.Write(ref _awaitingFinal, 0);
                        utterance = -1;
                        break;
                    case SttCommandKind.Discard:
                        Log(PipelineLogLevel.Debug, $"utterance {command.UtteranceId} discarded as noise");
                        session.Reset();
                        utterance = -1;
                        break;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log(PipelineLogLevel.Error, $"STT failed on utterance {command.UtteranceId}: {ex.Message}");
                session.Reset();
                utterance = -1;
            }
        }
    }

    private long Feed(ISpeechRecognitionSession session, short[] scratch, long from, long to)
    {
        int count = _utterances.CopyTo(from, to, scratch);
        if (count > 0)
            session.AcceptAudio(scratch.AsSpan(0, count));
        return Math.Max(from, to);
    }

    private void PublishVerdict(int utterance, string text, bool final)
    {
        var kind = UtteranceClassifier.Classify(text);
        if (!final && kind == UtteranceKind.Empty)
            kind = UtteranceKind.Unknown; // no words yet is not "nothing was said"
        Volatile.Write(ref _verdict, ((long)utterance << 8) | (final ? 0x80L : 0L) | (long)kind);
    }

    private void OnFinalTranscript(int utterance, Transcript final, SttCommand end)
    {
        var text = final.Text.Trim();
        var frame = new UserTranscriptFrame(utterance, text, IsFinal: true, end.Timestamp, Stopwatch.GetTimestamp());
        Log(PipelineLogLevel.Debug, $"utterance {utterance} final ({final.DecodeTime.TotalMilliseconds:F0} ms decode): \"{text}\"");
        if (!end.Overlap)
        {
            // The turn that cut the bot goes on even without words: it may have been a false interruption.
            bool interrupting = _options.BargeIn.ResumeAfterFalseInterruption && utterance == Volatile.Read(ref _interruptingUtterance);
            if (text.Length > 0 || interrupting)
                _frames.Post(frame);
            return;
        }
        // The bot was talking: the tick decides (interrupt, accept or ignore) once it sees this final verdict.
        lock (_overlapGate)
        {
            if (_resolvedOverlaps.Remove(utterance, out bool accepted))
            {
                if (accepted && text.Length > 0)
                    _frames.Post(frame);
            }
            else
            {
                _heldTranscripts[utterance] = frame;
            }
        }
        PublishVerdict(utterance, text, final: true);
    }

    /// <summary>The tick resolved an overlapping utterance: release or drop its transcript (it may not exist yet).</summary>
    private void ResolveOverlap(int utterance, bool accepted)
    {
        lock (_overlapGate)
        {
            if (_heldTranscripts.Remove(utterance, out var frame))
            {
                if (accepted && frame.Text.Length > 0)
                    _frames.Post(frame);
            }
            else
            {
                _resolvedOverlaps[utterance] = accepted;
            }
        }
    }
}
