using System.Net;

namespace MediaCore.Sip.Transport;

/// <summary>
/// One listening transport (UDP, TCP, later TLS/WSS). It frames bytes into messages and sends bytes; it knows nothing
/// about SIP semantics — parsing, rport and error answers live in <see cref="SipMessageReceiver"/>.
/// </summary>
public interface ISipTransport : IAsyncDisposable
{
    SipTransportProtocol Protocol { get; }

    /// <summary>The bound address (the real port when 0 was requested).</summary>
    IPEndPoint LocalEndPoint { get; }

    /// <summary>Binds and starts receiving; every message goes to <paramref name="onData"/>.</summary>
    void Start(SipDataReceived onData);

    /// <summary>
    /// Sends one message. Stream transports use <paramref name="connectionId"/> when it is still open, else an open
    /// connection to <paramref name="remote"/>, else connect. False when it could not be sent (transport error).
    /// </summary>
    bool TrySend(ReadOnlySpan<byte> data, IPEndPoint remote, long connectionId);
}
