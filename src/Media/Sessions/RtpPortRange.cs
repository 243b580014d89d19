namespace MediaCore.Media.Sessions;

/// <summary>
/// Local UDP ports RTP may use. RTP takes even ports and RTCP the odd port above (RFC 3550 §11), so the range is
/// walked in pairs.
/// </summary>
public readonly record struct RtpPortRange(int First, int Last)
{
    public static RtpPortRange Default { get; } = new(20000, 29999);

    public int PairCount => (Last - EvenFirst + 1) / 2;

    private int EvenFirst => First + (First & 1);

    /// <summary>The RTP (even) port of pair <paramref name="index"/>.</summary>
    public int RtpPort(int index) => EvenFirst + 2 * (index % PairCount);

    internal void Validate()
    {
        if (First < 1024 || Last > 65535 || PairCount < 1)
            throw new ArgumentOutOfRangeException(nameof(First), $"The RTP port range {First}-{Last} holds no even/odd pair in 1024-65535.");
    }
}
