using System.Net;
using System.Net.Sockets;

namespace MediaCore.Media.Sessions;

/// <summary>
/// Symmetric RTP (RFC 4961 spirit, the usual NAT traversal for SIP trunks): send to the address the peer signalled
/// until the first valid packet arrives, then latch once to that packet's source — which behind a NAT is not the
/// signalled one — and send there. After latching, packets from any other source are rejected (possible injection).
/// Thread-safe: the receive loop latches, the tick thread reads the send target.
/// </summary>
internal sealed class SymmetricLatch
{
    private readonly SocketAddress _latched;
    private SocketAddress _signalled;
    private volatile SocketAddress _sendTarget;
    private volatile bool _isLatched;

    public SymmetricLatch(IPEndPoint signalled)
    {
        _sendTarget = signalled.Serialize();
        _signalled = signalled.Serialize();
        // Sized for any family: the signalled address may be IPv6 (a peer advertising fd00::2) while packets arrive over IPv4.
        _latched = new SocketAddress(AddressFamily.InterNetworkV6, SocketAddress.GetMaximumAddressSize(AddressFamily.InterNetworkV6));
    }

    public bool IsLatched => _isLatched;

    /// <summary>Where to send now: the signalled address, then the latched source.</summary>
    public SocketAddress SendTarget => _sendTarget;

    public IPEndPoint? LatchedEndPoint { get; private set; }

    /// <summary>Decides on a valid packet from <paramref name="source"/>: true to accept it (latching on the first).</summary>
    public bool Accept(SocketAddress source)
    {
        if (_isLatched && SameAddress(source, _latched))
            return true;
        // The address the peer signalled is always the peer: some stacks (linphone) send a stray first packet from
        // another socket, and latching onto that must not lock out the real stream.
        if (_isLatched && !SameAddress(source, _signalled))
            return false;
        source.Buffer.Span.CopyTo(_latched.Buffer.Span);
        _latched.Size = source.Size;
        var endPoint = (IPEndPoint)new IPEndPoint(IPAddress.Any, 0).Create(_latched);
        LatchedEndPoint = endPoint;
        _sendTarget = endPoint.Serialize();
        _isLatched = true;
        return true;
    }

    // Compares the used bytes only (SocketAddress.Equals also compares the buffer beyond a shorter address).
    private static bool SameAddress(SocketAddress a, SocketAddress b) =>
        a.Size == b.Size && a.Buffer.Span[..a.Size].SequenceEqual(b.Buffer.Span[..b.Size]);

    /// <summary>Forgets the latch (the peer re-signalled its address).</summary>
    public void Reset(IPEndPoint signalled)
    {
        _isLatched = false;
        LatchedEndPoint = null;
        _sendTarget = signalled.Serialize();
        _signalled = signalled.Serialize();
    }
}
