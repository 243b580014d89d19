namespace MediaCore.Server.Streams.Wire;

/// <summary>
/// The parts of one inbound message the per-message path needs, as slices of the caller's buffer (or of the scratch
/// buffer when a value had JSON escapes). Valid only while those buffers are. The rare <c>start</c> message is read
/// separately by the provider's protocol.
/// </summary>
public ref struct StreamMessage
{
    /// <summary>Value of "event".</summary>
    public ReadOnlySpan<byte> Event;

    /// <summary>Top-level stream id (stream_sid / streamSid / streamId), empty when absent.</summary>
    public ReadOnlySpan<byte> StreamId;

    /// <summary>media.payload: base64 text, unescaped.</summary>
    public ReadOnlySpan<byte> Payload;

    /// <summary>media.track (Plivo/Twilio), empty when absent.</summary>
    public ReadOnlySpan<byte> Track;

    /// <summary>dtmf.digit.</summary>
    public ReadOnlySpan<byte> Digit;

    /// <summary>mark.name (Exotel/Twilio) or top-level name (Plivo playedStream).</summary>
    public ReadOnlySpan<byte> MarkName;

    public bool HasPayload;
}
