using System.Diagnostics;
using MediaCore.Inference.Text;
using MediaCore.Pipeline.BargeIn;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Frames;
using MediaCore.Pipeline.Speech;

namespace MediaCore.Pipeline.Calls;

// The conversation worker: frames in priority order → bot turns (brain → sentences → speech worker) and the history.
public sealed partial class CallPipeline
{
    private readonly List<ChatMessage> _history = [];
    private readonly Lock _historyGate = new();
    private readonly List<BotTurn> _recentTurns = [];
    private BotTurn? _currentTurn;
    private int _turnIds;
    private ResumeCandidate? _resumeCandidate; // conversation worker only

    /// <summary>A snapshot of the conversation: the caller's words and what the caller heard of the bot.</summary>
    public IReadOnlyList<ChatMessage> History
    {
        get
        {
            lock (_historyGate)
                return [.. _history];
        }
    }

    private async Task RunSpeechWorkerAsync(CancellationToken cancellationToken) =>
        await _speech.RunAsync(cancellationToken).ConfigureAwait(false);

    private async Task RunConversationAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            var frame = await _frames.ReadAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                if (frame is EndCallFrame)
                {
                    _currentTurn?.Cancellation.Cancel();
                    return;
                }
                Handle(frame);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Log(PipelineLogLevel.Error, $"frame {frame.GetType().Name} failed: {ex.Message}");
            }
        }
    }

    private void Handle(PipelineFrame frame)
    {
        switch (frame)
        {
            case InterruptionFrame interruption:
                OnInterruption(interruption);
                break;
            case UserTranscriptFrame { IsFinal: true } transcript:
                if (TryResume(transcript) || transcript.Text.Length == 0)
                    break; // a false interruption resumes the cut reply; a wordless turn gets no answer
                AddHistory(new ChatMessage(ChatRole.User, transcript.Text));
                var turn = StartTurn(usesBrain: true, hangUpAfter: false);
                turn.Latency.EndOfSpeech = transcript.EndOfSpeechTimestamp;
                turn.Latency.SttFinal = transcript.FinalTimestamp;
                _ = RunTurnAsync(turn, null);
                break;
            case BotSayFrame say:
                _ = RunTurnAsync(StartTurn(usesBrain: false, say.HangUpAfter), say.Text);
                break;
        }
    }

    private BotTurn StartTurn(bool usesBrain, bool hangUpAfter, string prefix = "", int historyIndex = -1)
    {
        if (_currentTurn is { } previous && !previous.Synthesized.IsCompleted)
        {
            // A new caller turn while the last reply was still being produced: that reply is obsolete.
            previous.Cancellation.Cancel();
            Interlocked.Increment(ref _generation);
        }
        var turn = new BotTurn(++_turnIds, Generation, usesBrain, hangUpAfter) { Prefix = prefix, HistoryIndex = historyIndex };
        _currentTurn = turn;
        lock (_historyGate)
        {
            _recentTurns.Add(turn);
            if (_recentTurns.Count > 8)
                _recentTurns.RemoveAt(0);
        }
        Volatile.Write(ref _botTurnActive, 1);
        if (usesBrain)
            Volatile.Write(ref _brainTurnActive, 1);
        return turn;
    }

    private async Task RunTurnAsync(BotTurn turn, string? fixedText)
    {
        var token = turn.Cancellation.Token;
        try
        {
            var chunker = new SentenceChunker();
            if (fixedText is not null)
                chunker.Append(fixedText);
            else
                await StreamBrainAsync(turn, chunker, token).ConfigureAwait(false);
            Volatile.Write(ref _brainTurnActive, 0);
            chunker.Complete();
            await EnqueueReadyAsync(turn, chunker, token).ConfigureAwait(false);
            await _speech.EnqueueAsync(new SpeechSegment(turn, -1, string.Empty, IsEndOfTurn: true), token).ConfigureAwait(false);
            await turn.Synthesized.WaitAsync(token).ConfigureAwait(false);
            var text = turn.FullText;
            Volatile.Write(ref _botAskedQuestion, text.TrimEnd().EndsWith('?') ? 1 : 0);
            lock (_historyGate)
            {
                if (!turn.Interrupted)
                {
                    // A resumed reply replaces the cut message it continues: the caller heard it as one reply.
                    var message = new ChatMessage(ChatRole.Assistant, turn.WithPrefix(text));
                    if (turn.HistoryIndex >= 0)
                        _history[turn.HistoryIndex] = message;
                    else
                        turn.HistoryIndex = AddHistory(message);
                }
            }
            if (turn.HangUpAfter)
                Volatile.Write(ref _hangUpAfterDrain, 1);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            Log(PipelineLogLevel.Error, $"turn {turn.TurnId} failed: {ex.Message}");
        }
        finally
        {
            if (ReferenceEquals(_currentTurn, turn))
            {
                Volatile.Write(ref _brainTurnActive, 0);
                Volatile.Write(ref _botTurnActive, 0);
            }
        }
    }

    private async Task StreamBrainAsync(BotTurn turn, SentenceChunker chunker, CancellationToken token)
    {
        var request = new BrainRequest(History, _options.SystemPrompt) { Tools = _options.Tools, ToolExecutor = _options.ToolExecutor };
        await foreach (var brainEvent in _brain.StreamAsync(request, token).ConfigureAwait(false))
        {
            switch (brainEvent)
            {
                case BrainTextDelta delta:
                    if (turn.Latency.BrainFirstToken == 0)
                        turn.Latency.BrainFirstToken = Stopwatch.GetTimestamp();
                    chunker.Append(delta.Text);
                    await EnqueueReadyAsync(turn, chunker, token).ConfigureAwait(false);
                    break;
                case BrainToolCall tool:
                    AddHistory(new ChatMessage(ChatRole.Assistant, string.Empty) { ToolCalls = [tool.Call] });
                    AddHistory(new ChatMessage(ChatRole.Tool, tool.Result) { ToolCallId = tool.Call.Id });
                    break;
                case BrainFailure failure:
                    Log(PipelineLogLevel.Warning, $"brain {_brain.Name} failed on turn {turn.TurnId}: {failure.Reason}");
                    break;
            }
        }
    }

    private async Task EnqueueReadyAsync(BotTurn turn, SentenceChunker chunker, CancellationToken token)
    {
        while (chunker.TryTake(out var sentence))
            await _speech.EnqueueAsync(new SpeechSegment(turn, turn.AddSegment(sentence), sentence), token).ConfigureAwait(false);
    }

    private void OnInterruption(InterruptionFrame interruption)
    {
        var cutTurn = FindTurn(Volatile.Read(ref _playedTurn));
        _currentTurn?.Cancellation.Cancel(); // on this worker, never on the tick (Cancel runs callbacks inline)
        Volatile.Write(ref _brainTurnActive, 0);
        if (cutTurn is null)
            return;
        cutTurn.Cancellation.Cancel();
        int segment = _playedSegment;
        string heard;
        lock (_historyGate)
        {
            heard = HeardOf(cutTurn);
            RecordCut(cutTurn, heard);
        }
        Log(PipelineLogLevel.Information, $"turn {cutTurn.TurnId} cut after \"{Tail(heard)}\"");
        if (_options.BargeIn.ResumeAfterFalseInterruption)
            _resumeCandidate = new ResumeCandidate(cutTurn, segment, interruption.UtteranceId, interruption.DecisionTimestamp);
    }

    /// <summary>
    /// The final words of the turn that cut the bot: if they make it a false interruption, the cut reply resumes from
    /// the sentence that was playing, as a new bot turn whose history message replaces the cut one.
    /// </summary>
    private bool TryResume(UserTranscriptFrame transcript)
    {
        var candidate = _resumeCandidate;
        _resumeCandidate = null;
        if (candidate is null || candidate.UtteranceId != transcript.UtteranceId)
            return false;
        var interruption = Stopwatch.GetElapsedTime(candidate.DecisionTimestamp, transcript.EndOfSpeechTimestamp);
        if (!FalseInterruption.IsFalse(transcript.Text, interruption, _options.BargeIn))
            return false;
        var cut = candidate.Turn;
        var rest = cut.TextFrom(candidate.Segment);
        if (rest.Length == 0)
            return false;
        Log(PipelineLogLevel.Information,
            $"false interruption (\"{transcript.Text}\", {interruption.TotalMilliseconds:F0} ms): turn {cut.TurnId} resumes from sentence {candidate.Segment} (\"{Head(rest)}\")");
        var turn = StartTurn(usesBrain: false, cut.HangUpAfter, cut.TextBefore(candidate.Segment), cut.HistoryIndex);
        _ = RunTurnAsync(turn, rest);
        return true;
    }

    /// <summary>A cut reply that may resume if the caller's interrupting turn (<paramref name="UtteranceId"/>) holds no words.</summary>
    private sealed record ResumeCandidate(BotTurn Turn, int Segment, int UtteranceId, long DecisionTimestamp);

    private int AddHistory(ChatMessage message)
    {
        lock (_historyGate)
        {
            _history.Add(message);
            return _history.Count - 1;
        }
    }

    private BotTurn? FindTurn(int turnId)
    {
        lock (_historyGate)
            return _recentTurns.Find(t => t.TurnId == turnId);
    }

    private static string Head(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Tail(string text) => text.Length <= 40 ? text : "…" + text[^40..];
}
