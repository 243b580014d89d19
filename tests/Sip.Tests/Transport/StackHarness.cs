using System.Net;
using System.Text;
using MediaCore.Sip.Calls;
using MediaCore.Sip.Sdp;
using MediaCore.Sip.Transactions;
using MediaCore.Sip.Transport;
using MediaCore.Sip.Trunks;

namespace MediaCore.Sip.Tests.Transport;

/// <summary>A full endpoint over a <see cref="CapturingTransport"/>: bytes go straight into the receive handler.</summary>
public sealed class StackHarness : IAsyncDisposable
{
    public static readonly SipSource From127 = new(SipTransportProtocol.Udp, new IPEndPoint(IPAddress.Loopback, 40000));

    public StackHarness(IReadOnlyList<TrunkProfile>? trunks = null, TimeSpan? t1 = null, bool keepMessages = true)
    {
        Transport = new CapturingTransport { KeepMessages = keepMessages };
        Endpoint = new SipEndpoint(new SipEndpointOptions
        {
            Timers = new SipTimerSettings { T1 = t1 ?? TimeSpan.FromSeconds(30) },
            Trunks = trunks ?? new[] { TrunkProfile.DemoLoopback() },
        }, Media, new[] { Transport });
        Endpoint.Start();
    }

    public CapturingTransport Transport { get; }
    public SipEndpoint Endpoint { get; }
    public FixedPortMediaFactory Media { get; } = new();

    public void Receive(string text, SipSource? source = null) => Endpoint.Transport.Receive(Encoding.UTF8.GetBytes(text), source ?? From127);

    public ValueTask DisposeAsync() => Endpoint.DisposeAsync();

    public static string Invite(string branch = "z9hG4bKh1", string callId = "h1@test", string sdp = DefaultSdp, string extra = "",
        string via = "SIP/2.0/UDP 127.0.0.1:5071") =>
        $"INVITE sip:4420@127.0.0.1 SIP/2.0\r\nVia: {via};branch={branch}\r\nMax-Forwards: 70\r\n" +
        $"From: <sip:+15551234567@127.0.0.1>;tag=f1\r\nTo: <sip:4420@127.0.0.1>\r\nCall-ID: {callId}\r\nCSeq: 1 INVITE\r\n" +
        $"Contact: <sip:caller@127.0.0.1:5071>\r\n{extra}Content-Type: application/sdp\r\nContent-Length: {Encoding.UTF8.GetByteCount(sdp)}\r\n\r\n{sdp}";

    public static string Request(string method, string branch = "z9hG4bKr1", string extra = "", string via = "SIP/2.0/UDP 127.0.0.1:5071") =>
        $"{method} sip:4420@127.0.0.1 SIP/2.0\r\nVia: {via};branch={branch}\r\nMax-Forwards: 70\r\n" +
        $"From: <sip:+15551234567@127.0.0.1>;tag=f1\r\nTo: <sip:4420@127.0.0.1>\r\nCall-ID: r-{branch}@test\r\nCSeq: 1 {method}\r\n{extra}Content-Length: 0\r\n\r\n";

    public const string DefaultSdp =
        "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 7000 RTP/AVP 0 101\r\n" +
        "a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000\r\n";
}

/// <summary>Media that holds no socket (the fuzz test creates many calls).</summary>
public sealed class FixedPortMediaFactory : ICallMediaFactory
{
    public int Created;
    public int Disposed;

    public ICallMedia Create(string callId)
    {
        Interlocked.Increment(ref Created);
        return new FixedMedia(this);
    }

    private sealed class FixedMedia(FixedPortMediaFactory owner) : ICallMedia
    {
        public IPAddress LocalAddress => IPAddress.Loopback;
        public int LocalPort => 30000;
        public event Action<char>? DtmfReceived { add { } remove { } }
        public event Action? MediaTimeout { add { } remove { } }
        public void Start(SdpNegotiatedMedia media) { }
        public void Stop() { }
        public bool SendDtmf(char digit) => true;
        public void Dispose() => Interlocked.Increment(ref owner.Disposed);
    }
}
