using System.Net;
using MediaCore.Sip.Messages.Headers;

namespace MediaCore.Sip.Transport;

/// <summary>
/// Where to send responses (RFC 3261 §18.2.2 with RFC 3581 §4) and how to stamp received requests (§18.2.1).
/// </summary>
internal static class ResponseRouting
{
    /// <summary>
    /// RFC 3261 §18.2.1: add received= when the sent-by host differs from the packet's source address.
    /// RFC 3581 §4: when the client asked with an empty ;rport, fill in the source port and always add received.
    /// </summary>
    public static SipVia? StampTopVia(SipVia via, IPEndPoint source)
    {
        string sourceHost = source.Address.ToString();
        bool changed = false;
        if (via.HasRPort)
        {
            via.SetRPort(source.Port);
            via.Received = sourceHost;
            changed = true;
        }
        else if (!string.Equals(via.Host.Trim('[', ']'), sourceHost, StringComparison.OrdinalIgnoreCase))
        {
            via.Received = sourceHost;
            changed = true;
        }
        return changed ? via : null;
    }

    /// <summary>
    /// The datagram destination for a response: received + rport when present (RFC 3581 §4), else received (or the
    /// sent-by host when it is an IP literal) with the sent-by port or 5060; the packet's source as a last resort.
    /// </summary>
    public static IPEndPoint UnreliableDestination(SipVia? topVia, IPEndPoint requestSource)
    {
        if (topVia is null) return requestSource;
        if (topVia.Maddr is not null && IPAddress.TryParse(topVia.Maddr, out var maddr)) return new IPEndPoint(maddr, topVia.Port ?? 5060);
        string host = topVia.Received ?? topVia.Host.Trim('[', ']');
        if (!IPAddress.TryParse(host, out var address)) return requestSource;
        int port = topVia.RPort ?? topVia.Port ?? 5060;
        return new IPEndPoint(address, port);
    }
}
