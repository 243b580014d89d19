namespace MediaCore.Media.Jitter;

/// <summary>What <see cref="AdaptiveJitterBuffer.Put"/> did with a packet.</summary>
public enum JitterPutResult
{
    Accepted,

    /// <summary>The same sequence number is already buffered.</summary>
    Duplicate,

    /// <summary>Its playout time has passed (or it was already played).</summary>
    Late,

    /// <summary>Larger than <see cref="JitterBufferOptions.MaxPayloadSize"/>.</summary>
    TooLarge,

    /// <summary>
    /// Far outside the buffer's window (a stray or a restarted sender): dropped, unless the next packet continues
    /// from it, which then resynchronises the buffer (the same two-packet rule as RFC 3550 A.1's bad_seq).
    /// </summary>
    Stray,

    /// <summary>The packet continued a stray one: the stream restarted, so the buffer was flushed and restarted here.</summary>
    Resynchronized,
}
