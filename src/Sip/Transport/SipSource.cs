using System.Net;

namespace MediaCore.Sip.Transport;

/// <summary>
/// Where a message came from (or goes to): the transport, the peer's address as seen on the socket, and for stream
/// transports the connection it arrived on (responses go back on that connection, RFC 3261 §18.2.2).
/// </summary>
public sealed record SipSource(SipTransportProtocol Protocol, IPEndPoint Remote, long ConnectionId = 0)
{
    public bool IsReliable => Protocol != SipTransportProtocol.Udp;

    /// <summary>The Via transport token for this protocol.</summary>
    public string ViaTransport => Protocol switch
    {
        SipTransportProtocol.Tcp => "TCP",
        SipTransportProtocol.Tls => "TLS",
        _ => "UDP",
    };
}
