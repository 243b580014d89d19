using System.Net;
using System.Net.Sockets;
using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Tests.Peers;
using MediaCore.Sip.Transport;

namespace MediaCore.Sip.Tests.Transport;

/// <summary>The real UDP/TCP transports on 127.0.0.1.</summary>
public sealed class SocketTransportTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private static string Options(string transport, int port, string branch) =>
        $"OPTIONS sip:x@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/{transport} 127.0.0.1:{port};branch={branch};rport\r\nMax-Forwards: 70\r\n" +
        $"From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:x@127.0.0.1>\r\nCall-ID: {branch}@t\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

    private static async Task<SipResponse> ReadResponseAsync(Socket socket)
    {
        var buffer = new byte[65535];
        using var cts = new CancellationTokenSource(Wait);
        int n = await socket.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
        Assert.True(SipMessageParser.TryParse(buffer.AsSpan(0, n), out var message, out var error), error.ToString());
        return Assert.IsType<SipResponse>(message);
    }

    [Fact]
    public async Task Udp_ResponseGoesToSourcePort_WithRportFilledIn()
    {
        await using var ep = new TestEndpoint();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        client.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        int clientPort = ((IPEndPoint)client.LocalEndPoint!).Port;

        // The Via claims port 1 (a NATed client would claim its private port): rport must win.
        await client.SendToAsync(Encoding.ASCII.GetBytes(Options("UDP", 1, "z9hG4bKudp1")), ep.Endpoint.UdpEndPoint!);
        var response = await ReadResponseAsync(client);

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(clientPort, response.TopVia!.RPort);
        Assert.Equal("127.0.0.1", response.TopVia.Received);
        Assert.Contains(ep.Log, l => l.Contains("SIP listening on UDP 127.0.0.1:" + ep.Port, StringComparison.Ordinal));
        Assert.Contains(ep.Log, l => l.Contains("SIP listening on TCP 127.0.0.1:" + ep.Port, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tcp_ResponsesComeBackOnTheSameConnection_PipelinedAndSplit()
    {
        await using var ep = new TestEndpoint();
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(ep.Endpoint.TcpEndPoint!);
        byte[] two = Encoding.ASCII.GetBytes(Options("TCP", 9, "z9hG4bKtcp1") + Options("TCP", 9, "z9hG4bKtcp2"));

        // Send in two arbitrary pieces: the framer must reassemble across reads.
        await client.SendAsync(two.AsMemory(0, 100), SocketFlags.None);
        await Task.Delay(50);
        await client.SendAsync(two.AsMemory(100), SocketFlags.None);

        var seen = new List<string>();
        var buffer = new List<byte>();
        var chunk = new byte[4096];
        using var cts = new CancellationTokenSource(Wait);
        while (seen.Count < 2)
        {
            int n = await client.ReceiveAsync(chunk, SocketFlags.None, cts.Token);
            Assert.True(n > 0, "connection closed early");
            buffer.AddRange(chunk.AsSpan(0, n).ToArray());
            var sequence = new System.Buffers.ReadOnlySequence<byte>(buffer.ToArray());
            seen.Clear();
            while (SipStreamFramer.TryRead(ref sequence, SipParseLimits.Default, out var frame, out _) == SipFrameResult.Ok)
            {
                Assert.True(SipMessageParser.TryParse(System.Buffers.BuffersExtensions.ToArray(frame), out var m, out _));
                seen.Add(m!.TopVia!.Branch!);
            }
        }
        Assert.Equal(new[] { "z9hG4bKtcp1", "z9hG4bKtcp2" }, seen);
    }

    [Fact]
    public async Task Tcp_OutboundRequestReusesTheInboundConnection()
    {
        await using var transport = new TcpSipTransport(new IPEndPoint(IPAddress.Loopback, 0));
        var received = new TaskCompletionSource<SipSource>(TaskCreationOptions.RunContinuationsAsynchronously);
        transport.Start((_, source) => received.TrySetResult(source));
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        peer.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        await peer.ConnectAsync(transport.LocalEndPoint);
        await peer.SendAsync(Encoding.ASCII.GetBytes(Options("TCP", 9, "z9hG4bKr1")), SocketFlags.None);
        var source = await received.Task.WaitAsync(Wait);

        // A new request to the same peer address (no connection id) must use the open connection, not dial out.
        Assert.True(transport.TrySend(Encoding.ASCII.GetBytes(Options("TCP", 9, "z9hG4bKr2")), source.Remote, connectionId: 0));

        var buffer = new byte[4096];
        using var cts = new CancellationTokenSource(Wait);
        int n = await peer.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
        Assert.StartsWith("OPTIONS", Encoding.ASCII.GetString(buffer, 0, n), StringComparison.Ordinal);
        Assert.Equal(1, transport.ConnectionCount);
    }

    [Fact]
    public async Task Tcp_IdleConnectionIsClosed()
    {
        await using var transport = new TcpSipTransport(new IPEndPoint(IPAddress.Loopback, 0), idleTimeout: TimeSpan.FromMilliseconds(300));
        transport.Start((_, _) => { });
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await peer.ConnectAsync(transport.LocalEndPoint);

        using var cts = new CancellationTokenSource(Wait);
        int n = await peer.ReceiveAsync(new byte[16], SocketFlags.None, cts.Token); // returns 0 when the server closes

        Assert.Equal(0, n);
        for (int i = 0; i < 100 && transport.ConnectionCount > 0; i++) await Task.Delay(20);
        Assert.Equal(0, transport.ConnectionCount);
    }

    [Fact]
    public async Task Tcp_DoubleCrlfPing_GetsPong()
    {
        await using var transport = new TcpSipTransport(new IPEndPoint(IPAddress.Loopback, 0));
        transport.Start((_, _) => { });
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await peer.ConnectAsync(transport.LocalEndPoint);
        await peer.SendAsync("\r\n\r\n"u8.ToArray(), SocketFlags.None);
        var buffer = new byte[16];
        using var cts = new CancellationTokenSource(Wait);
        int n = await peer.ReceiveAsync(buffer, SocketFlags.None, cts.Token);
        Assert.Equal("\r\n", Encoding.ASCII.GetString(buffer, 0, n));
    }

    [Fact]
    public async Task Tcp_UnframeableStream_ClosesConnection()
    {
        await using var transport = new TcpSipTransport(new IPEndPoint(IPAddress.Loopback, 0));
        transport.Start((_, _) => { });
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await peer.ConnectAsync(transport.LocalEndPoint);
        await peer.SendAsync(Encoding.ASCII.GetBytes("OPTIONS sip:x SIP/2.0\r\nContent-Length: banana\r\n\r\n"), SocketFlags.None);
        using var cts = new CancellationTokenSource(Wait);
        Assert.Equal(0, await peer.ReceiveAsync(new byte[16], SocketFlags.None, cts.Token));
    }
}
