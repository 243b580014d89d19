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

    /// <summary>So far from the playout position that the stream must have restarted: the buffer was flushed and restarted at this packet.</summary>
    Resynchronized,
}
