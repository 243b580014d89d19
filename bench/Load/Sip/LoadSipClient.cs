using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MediaCore.Bench.Load.Net;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;

namespace MediaCore.Bench.Load.Sip;

/// <summary>
/// The load generator's SIP transport: one UDP socket for every call (as a real trunk would use), one receive loop that
/// parses each datagram with <see cref="SipMessageParser"/> and hands responses to the call leg with that Call-ID,
/// stamped with their Stopwatch arrival time. Requests from the target (its BYE, an OPTIONS ping) get a 200 here.
/// Deliberately independent of the transaction layer: the bench must measure servers, not share their bugs.
/// </summary>
public sealed class LoadSipClient : IAsyncDisposable
{
    private const int MaxDatagram = 65_535;
    private readonly Socket _socket;
    private readonly ConcurrentDictionary<string, SipCallLeg> _legs = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _receiveLoop;
    private long _malformed;

    public LoadSipClient(IPEndPoint target, IPAddress? localAddress = null)
    {
        Target = target;
        _socket = new Socket(target.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(new IPEndPoint(localAddress ?? LocalAddressFor(target.Address), 0));
        _receiveLoop = Task.Run(() => UdpReceiveLoop.RunAsync(_socket, MaxDatagram, OnDatagram, _stopping.Token));
    }

    public IPEndPoint Target { get; }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>Datagrams that did not parse as SIP.</summary>
    public long Malformed => Interlocked.Read(ref _malformed);

    /// <summary>A new outbound call leg (not yet sent).</summary>
    public SipCallLeg CreateLeg(string user = "bench", SipTimers? timers = null)
    {
        var leg = new SipCallLeg(this, user, timers ?? new SipTimers());
        _legs[leg.CallId] = leg;
        return leg;
    }

    internal void Forget(SipCallLeg leg) => _legs.TryRemove(leg.CallId, out _);

    internal void Send(SipMessage message)
    {
        var bytes = message.ToArray();
        try
        {
            _socket.SendTo(bytes, SocketFlags.None, Target);
        }
        catch (SocketException)
        {
            // UDP: an ICMP error from an earlier send surfaces here; the retransmission timers cover it.
        }
    }

    private void OnDatagram(ReadOnlySpan<byte> datagram, long arrival)
    {
        if (datagram.Length <= 4 && datagram.Trim("\r\n"u8).IsEmpty)
            return; // CRLF keep-alive
        if (!SipMessageParser.TryParse(datagram, out var message, out _))
        {
            Interlocked.Increment(ref _malformed);
            return;
        }
        string? callId = message.CallId;
        _legs.TryGetValue(callId ?? "", out var leg);
        if (message is SipResponse response)
            leg?.OnResponse(response, arrival);
        else if (message is SipRequest request)
            OnRequest(request, leg);
    }

    private void OnRequest(SipRequest request, SipCallLeg? leg)
    {
        if (request.Method == SipMethods.Ack)
            return;
        int status = request.Method is SipMethods.Bye or SipMethods.Options or SipMethods.Info or SipMethods.Notify
            ? (leg is null && request.Method == SipMethods.Bye ? SipStatusCodes.CallOrTransactionDoesNotExist : SipStatusCodes.Ok)
            : SipStatusCodes.NotImplemented;
        Send(SipResponseFactory.CreateResponse(request, status));
        if (request.Method == SipMethods.Bye)
            leg?.OnRemoteBye();
    }

    /// <summary>The address the kernel would route from towards the target (it goes into Via, Contact and SDP).</summary>
    internal static IPAddress LocalAddressFor(IPAddress target)
    {
        if (IPAddress.IsLoopback(target))
            return target;
        using var probe = new Socket(target.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        probe.Connect(new IPEndPoint(target, 9)); // no packet is sent: connect on UDP only picks a route
        return ((IPEndPoint)probe.LocalEndPoint!).Address;
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _socket.Dispose();
        await _receiveLoop.ConfigureAwait(false);
        _stopping.Dispose();
    }
}
