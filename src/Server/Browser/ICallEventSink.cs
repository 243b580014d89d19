namespace MediaCore.Server.Browser;

/// <summary>
/// What the demo page shows beside the audio: the handler reports these and the browser transport turns each into a
/// JSON control message. Telephony transports have nowhere to show them; a pipeline hands them to a no-op there.
/// Safe from any thread; never blocks (messages are queued to the socket's writer).
/// </summary>
public interface ICallEventSink
{
    /// <summary>Caller speech recognised so far (<paramref name="isFinal"/> = the turn's text will not change).</summary>
    void Transcript(string text, bool isFinal);

    /// <summary>The text the bot is about to speak.</summary>
    void BotReply(string text);

    /// <summary>Detected caller language (BCP 47, e.g. "en", "hi").</summary>
    void Language(string code, double confidence);

    void TurnLatency(TurnLatency latency);

    /// <summary>The caller interrupted the bot (shown as a marker; the audio flush itself goes through <see cref="Streams.IStreamCallHandler.ClearRequested"/>).</summary>
    void BargeIn();

    /// <summary>The tenant-side state the call is building, e.g. a reservation draft then its confirmation.</summary>
    void TenantState(TenantStateView state);
}
