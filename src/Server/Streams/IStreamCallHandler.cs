namespace MediaCore.Server.Streams;

/// <summary>
/// The transport-side seam of a WebSocket stream call: the session feeds the handler one 20 ms PCM16 frame of caller
/// audio per frame received and pulls one 20 ms frame of bot audio per 20 ms tick, both at
/// <see cref="StreamCallMetadata.SampleRate"/>. The handler asks for barge-in or hang-up by raising the events.
/// Caller audio, DTMF and marks arrive on the receive loop; bot audio is pulled on the pacing loop; the events may be
/// raised from any thread — so implementations must be thread-safe.
/// </summary>
public interface IStreamCallHandler
{
    /// <summary>The call is up (after the provider's start message and tenant selection).</summary>
    void OnStart(StreamCallMetadata metadata);

    /// <summary>One 20 ms frame of caller audio. The span is only valid during the call (copy what you keep).</summary>
    void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate);

    /// <summary>Fills <paramref name="frame"/> (exactly 20 ms) with bot audio; false when there is nothing to play.</summary>
    bool TryReadBotAudio(Span<short> frame);

    /// <summary>A DTMF digit from the caller (0-9, *, #, A-D).</summary>
    void OnDtmf(char digit);

    /// <summary>
    /// A mark went out right after the audio it follows (on the pacing loop, straight after the
    /// <see cref="TryReadBotAudio"/> calls that filled it): note what that audio was, to know what the caller heard
    /// when the provider echoes the mark. Sessions that issue no marks never call it.
    /// </summary>
    void OnMarkIssued(PlayoutMark mark)
    {
    }

    /// <summary>The provider confirmed everything up to <paramref name="mark"/> was played to the caller.</summary>
    void OnMarkPlayed(PlayoutMark mark);

    /// <summary>
    /// The clear message went out after <see cref="ClearRequested"/>; <paramref name="lastHeard"/> is the last point the
    /// provider acknowledged, i.e. where to cut the bot's turn in the conversation history.
    /// </summary>
    void OnClearSent(PlayoutMark lastHeard);

    /// <summary>The stream ended (provider stop, socket closed, protocol error, or hang-up).</summary>
    void OnStop(string reason);

    /// <summary>Raised by the handler on barge-in: the session drops unsent audio and sends the provider's clear at once.</summary>
    event Action? ClearRequested;

    /// <summary>Raised by the handler to end the call: the session closes the stream.</summary>
    event Action? HangupRequested;
}
