using System.Net;
using System.Net.Sockets;

namespace MediaCore.Server.Demo;

/// <summary>A loopback port free for both UDP and TCP right now (the SIP endpoint binds both).</summary>
public static class LoopbackPorts
{
    public static int Free()
    {
        for (int attempt = 0; ; attempt++)
        {
            using var udp = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
            udp.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            int port = ((IPEndPoint)udp.LocalEndPoint!).Port;
            try
            {
                using var tcp = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                tcp.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException) when (attempt < 20)
            {
            }
        }
    }
}
