namespace MediaCore.Media.Rtcp;

/// <summary>
/// Appends RTCP packets one after another into the caller's span to form a compound packet (RFC 3550 §6.1:
/// SR or RR first, then SDES with CNAME, BYE last). Each append either fits whole or writes nothing.
/// </summary>
public ref struct RtcpCompoundWriter
{
    private readonly Span<byte> _destination;
    private int _written;

    public RtcpCompoundWriter(Span<byte> destination)
    {
        _destination = destination;
        _written = 0;
    }

    /// <summary>Bytes of the compound so far.</summary>
    public readonly int Written => _written;

    public bool TryAppend(in RtcpSenderReport report) => Commit(report.TryWrite(_destination[_written..], out int n), n);

    public bool TryAppend(in RtcpReceiverReport report) => Commit(report.TryWrite(_destination[_written..], out int n), n);

    public bool TryAppend(in RtcpSourceDescription description) => Commit(description.TryWrite(_destination[_written..], out int n), n);

    public bool TryAppend(in RtcpGoodbye goodbye) => Commit(goodbye.TryWrite(_destination[_written..], out int n), n);

    private bool Commit(bool ok, int written)
    {
        if (ok)
            _written += written;
        return ok;
    }
}
