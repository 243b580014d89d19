namespace MediaCore.Media.Jitter;

/// <summary>What one <see cref="AdaptiveJitterBuffer.Get"/> tick produced.</summary>
public enum JitterFrameKind
{
    /// <summary>Not playing yet (filling to the target delay): play silence.</summary>
    Buffering,

    /// <summary>The next packet in order: decode its payload.</summary>
    Audio,

    /// <summary>The next packet is missing and later ones are here: it is skipped. Conceal (or FEC from the next payload).</summary>
    Lost,

    /// <summary>Nothing is due yet (late packet, or a deliberate stretch): conceal; the playout position did not move.</summary>
    Underflow,
}
