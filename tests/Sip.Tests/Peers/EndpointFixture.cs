using System.Collections.Concurrent;
using System.Net;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Tests.Calls;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Peers;

/// <summary>A <see cref="SipEndpoint"/> on free loopback ports with port-only media and a log it keeps.</summary>
public sealed class TestEndpoint : IAsyncDisposable
{
    public TestEndpoint(IReadOnlyList<TrunkProfile>? trunks = null, TimeSpan? t1 = null)
    {
        int port = SippRunner.FreePort();
        Endpoint = new SipEndpoint(new SipEndpointOptions
        {
            UdpBind = new IPEndPoint(IPAddress.Loopback, port),
            TcpBind = new IPEndPoint(IPAddress.Loopback, port),
            Timers = new SipTimerSettings { T1 = t1 ?? TimeSpan.FromMilliseconds(200) },
            Trunks = trunks ?? new[] { TrunkProfile.DemoLoopback() },
            Log = Log.Enqueue,
        }, Media);
        Endpoint.Start();
    }

    public PortOnlyCallMediaFactory Media { get; } = new();
    public ConcurrentQueue<string> Log { get; } = new();
    public SipEndpoint Endpoint { get; }
    public int Port => Endpoint.UdpEndPoint!.Port;
    public string Address => "127.0.0.1:" + Port;

    public ValueTask DisposeAsync() => Endpoint.DisposeAsync();
}
