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
    private volatile SocketAddress _sendTarget;
    private volatile bool _isLatched;

    public SymmetricLatch(IPEndPoint signalled)
    {
        _sendTarget = signalled.Serialize();
        _latched = new SocketAddress(signalled.AddressFamily, _sendTarget.Size);
    }

    public bool IsLatched => _isLatched;

    /// <summary>Where to send now: the signalled address, then the latched source.</summary>
    public SocketAddress SendTarget => _sendTarget;

    public IPEndPoint? LatchedEndPoint { get; private set; }

    /// <summary>Decides on a valid packet from <paramref name="source"/>: true to accept it (latching on the first).</summary>
    public bool Accept(SocketAddress source)
    {
        if (_isLatched)
            return source.Equals(_latched);
        source.Buffer.Span.CopyTo(_latched.Buffer.Span);
        _latched.Size = source.Size;
        var endPoint = (IPEndPoint)new IPEndPoint(IPAddress.Any, 0).Create(_latched);
        LatchedEndPoint = endPoint;
        _sendTarget = endPoint.Serialize();
        _isLatched = true;
        return true;
    }

    /// <summary>Forgets the latch (the peer re-signalled its address).</summary>
    public void Reset(IPEndPoint signalled)
    {
        _isLatched = false;
        LatchedEndPoint = null;
        _sendTarget = signalled.Serialize();
    }
}
