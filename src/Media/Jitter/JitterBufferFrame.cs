namespace MediaCore.Media.Jitter;

/// <summary>
/// One playout tick. Spans point into the buffer's own slots and stay valid until the next Put or Get.
/// For <see cref="JitterFrameKind.Lost"/>, <see cref="NextPayload"/> is the packet after the lost one when it has
/// arrived, so an Opus decoder can recover the lost frame from its in-band FEC.
/// </summary>
public readonly ref struct JitterBufferFrame
{
    internal JitterBufferFrame(JitterFrameKind kind, long sequenceNumber, uint timestamp, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> nextPayload)
    {
        Kind = kind;
        SequenceNumber = sequenceNumber;
        Timestamp = timestamp;
        Payload = payload;
        NextPayload = nextPayload;
    }

    public JitterFrameKind Kind { get; }

    /// <summary>Extended (unwrapped) sequence number of the frame played or lost; -1 while buffering.</summary>
    public long SequenceNumber { get; }

    /// <summary>RTP timestamp of the played packet (Audio only).</summary>
    public uint Timestamp { get; }

    public ReadOnlySpan<byte> Payload { get; }

    public ReadOnlySpan<byte> NextPayload { get; }

    public bool NeedsConcealment => Kind is JitterFrameKind.Lost or JitterFrameKind.Underflow;
}
