using System.Net;
using System.Net.Sockets;

namespace MediaCore.Media.Sessions;

/// <summary>
/// Binds the UDP sockets of one session: RTP on an even port and RTCP on the odd port above it (RFC 3550 §11).
/// Starts at a random pair of the range so concurrent processes rarely collide, and moves on when a port is taken.
/// </summary>
internal sealed class RtpSocketPair : IDisposable
{
    private RtpSocketPair(Socket rtp, Socket rtcp)
    {
        Rtp = rtp;
        Rtcp = rtcp;
    }

    public Socket Rtp { get; }

    public Socket Rtcp { get; }

    public IPEndPoint RtpEndPoint => (IPEndPoint)Rtp.LocalEndPoint!;

    public IPEndPoint RtcpEndPoint => (IPEndPoint)Rtcp.LocalEndPoint!;

    public static RtpSocketPair Bind(IPAddress address, RtpPortRange range, int receiveBufferBytes)
    {
        int start = Random.Shared.Next(range.PairCount);
        for (int attempt = 0; attempt < range.PairCount; attempt++)
        {
            int port = range.RtpPort(start + attempt);
            var rtp = TryBind(address, port, receiveBufferBytes);
            if (rtp is null)
                continue;
            var rtcp = TryBind(address, port + 1, receiveBufferBytes);
            if (rtcp is not null)
                return new RtpSocketPair(rtp, rtcp);
            rtp.Dispose();
        }
        throw new SocketException((int)SocketError.AddressAlreadyInUse);
    }

    public void Dispose()
    {
        Rtp.Dispose();
        Rtcp.Dispose();
    }

    private static Socket? TryBind(IPAddress address, int port, int receiveBufferBytes)
    {
        var socket = new Socket(address.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.ReceiveBufferSize = receiveBufferBytes;
            socket.Bind(new IPEndPoint(address, port));
            return socket;
        }
        catch (SocketException)
        {
            socket.Dispose();
            return null;
        }
    }
}
