using System.Net;
using System.Net.Sockets;

namespace MediaCore.Sip.Transport;

/// <summary>
/// SIP over UDP (RFC 3261 §18): one socket, one receive loop awaiting datagrams (no polling), each datagram one message.
/// </summary>
public sealed class UdpSipTransport : ISipTransport
{
    private const int MaxDatagram = 65535;
    private readonly Socket _socket;
    private readonly CancellationTokenSource _stop = new();
    private Task _receiveLoop = Task.CompletedTask;

    public UdpSipTransport(IPEndPoint bindTo)
    {
        _socket = new Socket(bindTo.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(bindTo);
        LocalEndPoint = (IPEndPoint)_socket.LocalEndPoint!;
    }

    public SipTransportProtocol Protocol => SipTransportProtocol.Udp;

    public IPEndPoint LocalEndPoint { get; }

    public void Start(SipDataReceived onData) => _receiveLoop = ReceiveLoopAsync(onData, _stop.Token);

    private async Task ReceiveLoopAsync(SipDataReceived onData, CancellationToken token)
    {
        var buffer = GC.AllocateUninitializedArray<byte>(MaxDatagram, pinned: true);
        EndPoint any = new IPEndPoint(LocalEndPoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        while (!token.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, any, token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { continue; } // ICMP port unreachable surfaces as ConnectionReset on some stacks
            var source = new SipSource(SipTransportProtocol.Udp, (IPEndPoint)result.RemoteEndPoint);
            onData(buffer.AsSpan(0, result.ReceivedBytes), source);
        }
    }

    public bool TrySend(ReadOnlySpan<byte> data, IPEndPoint remote, long connectionId)
    {
        try
        {
            return _socket.SendTo(data, SocketFlags.None, remote) == data.Length;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _socket.Dispose();
        await _receiveLoop.ConfigureAwait(false);
        _stop.Dispose();
    }
}
