namespace MediaCore.Sip.Transport;

/// <summary>The transports a Via can name (RFC 3261 §18, §20.42). TLS is a seam for now: no listener implements it yet.</summary>
public enum SipTransportProtocol
{
    Udp,
    Tcp,
    Tls,
}
