using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace MediaCore.Bench.Load.Net;

/// <summary>One datagram as received, stamped with its arrival (<see cref="Stopwatch.GetTimestamp"/>) right after the receive.</summary>
internal delegate void DatagramHandler(ReadOnlySpan<byte> datagram, long arrival);

/// <summary>
/// The load generator's UDP receive loop (SIP and RTP sockets alike): one reused buffer, arrival stamped at once,
/// ICMP port-unreachable echoes (reset/refused) skipped, cancellation or a closed socket ends it quietly.
/// </summary>
internal static class UdpReceiveLoop
{
    public static async Task RunAsync(Socket socket, int maxDatagram, DatagramHandler onDatagram, CancellationToken cancellation)
    {
        var buffer = new byte[maxDatagram];
        var source = new SocketAddress(socket.AddressFamily);
        while (!cancellation.IsCancellationRequested)
        {
            int length;
            try
            {
                length = await socket.ReceiveFromAsync(buffer, SocketFlags.None, source, cancellation).ConfigureAwait(false);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
            {
                continue;
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            onDatagram(buffer.AsSpan(0, length), Stopwatch.GetTimestamp());
        }
    }
}
