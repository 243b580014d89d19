using System.Net;
using System.Net.Sockets;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Sdp;

namespace MediaCore.Sip.Tests.Calls;

/// <summary>
/// The minimal media for signalling tests: binds a real UDP port (so the SDP advertises a port nobody else holds)
/// and records what the call layer asked of it. No RTP flows.
/// </summary>
public sealed class PortOnlyCallMedia : ICallMedia
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);

    public PortOnlyCallMedia()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        LocalPort = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    public IPAddress LocalAddress => IPAddress.Loopback;
    public int LocalPort { get; }
    public List<SdpNegotiatedMedia> Starts { get; } = new();
    public List<char> SentDigits { get; } = new();
    public bool Stopped { get; private set; }
    public bool Disposed { get; private set; }

    public event Action<char>? DtmfReceived;
    public event Action? MediaTimeout;

    public void Start(SdpNegotiatedMedia media) => Starts.Add(media);
    public void Stop() => Stopped = true;

    public bool SendDtmf(char digit)
    {
        SentDigits.Add(digit);
        return true;
    }

    /// <summary>Simulates the media plane detecting a digit / losing RTP.</summary>
    public void RaiseDtmf(char digit) => DtmfReceived?.Invoke(digit);
    public void RaiseTimeout() => MediaTimeout?.Invoke();

    public void Dispose()
    {
        Disposed = true;
        _socket.Dispose();
    }
}

public sealed class PortOnlyCallMediaFactory : ICallMediaFactory
{
    public List<PortOnlyCallMedia> Created { get; } = new();

    public ICallMedia Create(string callId)
    {
        var media = new PortOnlyCallMedia();
        lock (Created) Created.Add(media);
        return media;
    }
}
