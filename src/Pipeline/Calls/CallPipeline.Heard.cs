using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Speech;

namespace MediaCore.Pipeline.Calls;

// What the caller heard of a cut reply. By default: what the tick handed to the media plane (RTP plays it out at
// once). A media plane whose far end buffers audio (a provider WebSocket stream) instead reports the positions the
// far end confirmed as played; from the first report on, the history is cut there, and later reports (the last
// confirmations before the clear reached the provider) move the cut of the last interrupted turn.
public sealed partial class CallPipeline
{
    private bool _usesAcknowledgedPlayout;
    private PlayoutPosition _acknowledged = PlayoutPosition.None;
    private BotTurn? _lastCutTurn;

    /// <summary>The last bot frame the tick handed out (tick thread; read it right after <see cref="FillOutboundFrame"/>).</summary>
    public PlayoutPosition PlayedPosition => new(_playedTurn, _playedSegment, Volatile.Read(ref _playedSegmentSamples));

    /// <summary>
    /// The far end confirmed the caller heard everything up to <paramref name="heard"/> (a position taken from
    /// <see cref="PlayedPosition"/> when that audio was sent). Switches the history cut to acknowledged positions.
    /// </summary>
    public void AcknowledgePlayout(PlayoutPosition heard)
    {
        lock (_historyGate)
        {
            _usesAcknowledgedPlayout = true;
            _acknowledged = heard;
            if (_lastCutTurn is { } cut && heard.TurnId <= cut.TurnId)
                RecordCut(cut, HeardOf(cut));
        }
    }

    // Under _historyGate. A resumed reply's prefix (what the caller heard before the false interruption) counts too.
    private string HeardOf(BotTurn cutTurn)
    {
        if (!_usesAcknowledgedPlayout)
            return cutTurn.WithPrefix(cutTurn.HeardText(_playedSegment, Volatile.Read(ref _playedSegmentSamples)));
        return cutTurn.WithPrefix(_acknowledged.TurnId == cutTurn.TurnId
            ? cutTurn.HeardText(_acknowledged.Segment, _acknowledged.SegmentSamples)
            : string.Empty); // nothing of this turn was confirmed
    }

    // Under _historyGate: the cut turn's assistant message becomes what was heard.
    private void RecordCut(BotTurn cutTurn, string heard)
    {
        var message = new ChatMessage(ChatRole.Assistant, heard) { Interrupted = true };
        cutTurn.Interrupted = true;
        _lastCutTurn = cutTurn;
        if (cutTurn.HistoryIndex >= 0)
            _history[cutTurn.HistoryIndex] = message;
        else if (heard.Length > 0)
            cutTurn.HistoryIndex = AddHistory(message);
    }
}
