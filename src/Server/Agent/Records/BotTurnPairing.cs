namespace MediaCore.Server.Agent.Records;

/// <summary>
/// Pairs a bot reply's text with its latency. The two arrive separately and in either order: a rule dialog's whole
/// reply is known before its first audio frame goes out, an LLM's first audio can precede the end of its text.
/// A reply whose latency never comes (cut off, call ended) is flushed without one.
/// </summary>
internal sealed class BotTurnPairing
{
    private PendingBotTurn? _reply;
    private (int Ms, DateTimeOffset At)? _latency;

    /// <summary>
    /// The reply text arrived; returns the complete turn if its latency came first. An earlier reply still waiting
    /// for its latency comes back in <paramref name="stale"/> (to be written without one).
    /// </summary>
    public PendingBotTurn? Reply(string text, DateTimeOffset at, out PendingBotTurn? stale)
    {
        stale = _reply;
        _reply = null;
        if (_latency is { } latency)
        {
            _latency = null;
            return new PendingBotTurn(text, at, latency.At, latency.Ms);
        }
        _reply = new PendingBotTurn(text, at, null, null);
        return null;
    }

    /// <summary>The first audio went out; returns the complete turn if its text came first.</summary>
    public PendingBotTurn? Latency(int ms, DateTimeOffset at)
    {
        if (_reply is { } reply)
        {
            _reply = null;
            return reply with { FirstAudio = at, LatencyMs = ms };
        }
        _latency = (ms, at);
        return null;
    }

    /// <summary>The reply still waiting for its latency (written without it), if any.</summary>
    public PendingBotTurn? Flush()
    {
        var reply = _reply;
        _reply = null;
        _latency = null;
        return reply;
    }
}

internal sealed record PendingBotTurn(string Text, DateTimeOffset At, DateTimeOffset? FirstAudio, int? LatencyMs);
