namespace MediaCore.Media.Rtcp;

/// <summary>
/// The report blocks of an SR or RR: either a zero-copy view over parsed wire bytes or the caller's typed span
/// when building. Indexing decodes one block on demand, so parsing allocates nothing.
/// </summary>
public readonly ref struct RtcpReportBlockList
{
    private readonly ReadOnlySpan<byte> _wire;
    private readonly ReadOnlySpan<RtcpReportBlock> _blocks;

    public RtcpReportBlockList(ReadOnlySpan<RtcpReportBlock> blocks)
    {
        if (blocks.Length > RtcpHeader.MaxCount)
            throw new ArgumentOutOfRangeException(nameof(blocks), blocks.Length, "An SR/RR carries at most 31 report blocks.");
        _blocks = blocks;
        _wire = default;
        Count = blocks.Length;
    }

    private RtcpReportBlockList(ReadOnlySpan<byte> wire, int count)
    {
        _wire = wire;
        _blocks = default;
        Count = count;
    }

    public int Count { get; }

    public int SerializedSize => Count * RtcpReportBlock.Size;

    public RtcpReportBlock this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(index));
            return _blocks.IsEmpty ? RtcpReportBlock.Read(_wire.Slice(index * RtcpReportBlock.Size, RtcpReportBlock.Size)) : _blocks[index];
        }
    }

    /// <summary>Takes <paramref name="count"/> blocks from the start of <paramref name="data"/>; false if they do not fit.</summary>
    internal static bool TryRead(ReadOnlySpan<byte> data, int count, out RtcpReportBlockList list)
    {
        int size = count * RtcpReportBlock.Size;
        if (size > data.Length)
        {
            list = default;
            return false;
        }
        list = new RtcpReportBlockList(data[..size], count);
        return true;
    }

    internal void Write(Span<byte> destination)
    {
        for (int i = 0; i < Count; i++)
            this[i].Write(destination.Slice(i * RtcpReportBlock.Size, RtcpReportBlock.Size));
    }

    public bool ContentEquals(in RtcpReportBlockList other)
    {
        if (Count != other.Count)
            return false;
        for (int i = 0; i < Count; i++)
        {
            if (this[i] != other[i])
                return false;
        }
        return true;
    }
}
