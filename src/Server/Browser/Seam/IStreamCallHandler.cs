namespace MediaCore.Server.Browser;

/// <summary>
/// The per-call handler a streaming transport feeds (same shape as the telephony WebSocket seam being built in
/// src/Server/Streams; this copy goes away when that one lands). The transport calls OnStart once, then
/// OnCallerAudio per 20 ms frame from its receive loop, and TryReadBotAudio from its paced send loop — two different
/// threads, so implementations must be safe for one caller-audio thread plus one bot-audio thread. OnStop is last.
/// </summary>
public interface IStreamCallHandler
{
    void OnStart(StreamCallMetadata metadata);

    /// <summary>One frame of caller audio. <paramref name="pcm"/> is only valid during the call (copy what you keep).</summary>
    void OnCallerAudio(ReadOnlySpan<short> pcm, int sampleRate);

    /// <summary>Fills <paramref name="frame"/> (20 ms at the metadata rate) with the next bot audio; false when none is ready.</summary>
    bool TryReadBotAudio(Span<short> frame);

    void OnDtmf(char digit);

    /// <summary>The call ended (caller hung up, socket closed, or the handler asked to hang up).</summary>
    void OnStop(string reason);
}
