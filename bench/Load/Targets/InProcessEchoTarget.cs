using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Scheduling;
using MediaCore.Media.Sessions;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Sdp;

namespace MediaCore.Bench.Load.Targets;

/// <summary>
/// STAND-IN until `mediacore serve` lands: a minimal UAS built from what main has — SIP messages and SDP offer/answer
/// from src/Sip, an <see cref="RtpSession"/> per call on a shared <see cref="MediaTickScheduler"/>, and an
/// <see cref="EchoHandler"/> (the caller hears itself 40 ms later, through MediaCore's jitter buffer, codec and pacer).
/// Answers INVITE with 100 + 200 (SDP), re-sends the 200 until the ACK, answers BYE. Runs in the bench's own process,
/// so its CPU figure includes the load generator. No transaction layer: that belongs to the real server.
/// </summary>
public sealed class InProcessEchoTarget : ILoadTarget
{
    private readonly Socket _socket;
    private readonly MediaTickScheduler _scheduler = new(new MediaTickSchedulerOptions { ThreadNamePrefix = "echo-target-" });
    private readonly SdpOfferAnswer _negotiator = new([SdpCodec.Pcmu, SdpCodec.Pcma], username: "echo");
    private readonly ConcurrentDictionary<string, EchoCall> _calls = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private readonly RtpSessionOptions _rtpOptions;

    public InProcessEchoTarget(IPAddress? address = null, int port = 0)
    {
        var local = address ?? IPAddress.Loopback;
        _socket = new Socket(local.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(new IPEndPoint(local, port));
        _rtpOptions = new RtpSessionOptions { LocalAddress = local, Ports = new RtpPortRange(40000, 49999) };
        _loop = Task.Run(() => ReceiveLoopAsync(_stopping.Token));
    }

    public string Name => "mediacore-inprocess-echo";

    public IPEndPoint SipEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    public int? ProcessId => Environment.ProcessId;

    public int ActiveCalls => _calls.Count;

    private async Task ReceiveLoopAsync(CancellationToken cancellation)
    {
        var buffer = new byte[65_535];
        while (!cancellation.IsCancellationRequested)
        {
            SocketReceiveFromResult result;
            try
            {
                result = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), cancellation).ConfigureAwait(false);
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
            {
                continue;
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }
            if (SipMessageParser.TryParse(buffer.AsSpan(0, result.ReceivedBytes), out var message, out _) && message is SipRequest request)
                await OnRequestAsync(request, (IPEndPoint)result.RemoteEndPoint).ConfigureAwait(false);
        }
    }

    private async Task OnRequestAsync(SipRequest request, IPEndPoint source)
    {
        string callId = request.CallId ?? "";
        switch (request.Method)
        {
            case SipMethods.Invite when _calls.TryGetValue(callId, out var existing):
                Send(existing.FinalResponse, source);   // a retransmitted INVITE gets the same answer
                break;
            case SipMethods.Invite:
                Send(SipResponseFactory.CreateResponse(request, SipStatusCodes.Trying), source);
                var call = Answer(request);
                if (call is not null)
                {
                    _calls[callId] = call;
                    _ = RetransmitUntilAckAsync(call, source);
                }
                break;
            case SipMethods.Ack when _calls.TryGetValue(callId, out var acked):
                acked.Acked.TrySetResult();
                break;
            case SipMethods.Bye:
                bool known = _calls.TryRemove(callId, out var ended);
                Send(SipResponseFactory.CreateResponse(request, known ? SipStatusCodes.Ok : SipStatusCodes.CallOrTransactionDoesNotExist), source);
                if (ended is not null)
                    await ended.Session.DisposeAsync().ConfigureAwait(false);
                break;
            case SipMethods.Ack:
                break;
            default:
                Send(SipResponseFactory.CreateResponse(request, request.Method == SipMethods.Options ? SipStatusCodes.Ok : SipStatusCodes.NotImplemented), source);
                break;
        }
    }

    private EchoCall? Answer(SipRequest invite)
    {
        if (!SdpSession.TryParse(invite.Body.Span, out var offer, out _))
            return Reject(invite, SipStatusCodes.BadRequest);
        var session = RtpSession.Bind(_rtpOptions, _scheduler);
        var local = session.LocalRtpEndPoint;
        if (!_negotiator.TryCreateAnswer(offer, local.Address.ToString(), local.Port, (ulong)Random.Shared.NextInt64(1, long.MaxValue), 1,
                out var answer, out var media, out _))
        {
            _ = session.DisposeAsync().AsTask();
            return Reject(invite, SipStatusCodes.NotAcceptableHere);
        }
        var ok = SipResponseFactory.CreateResponse(invite, SipStatusCodes.Ok);
        ok.Headers.Add(SipHeaderNames.Contact, $"<sip:echo@{SipEndPoint.Address}:{SipEndPoint.Port}>");
        ok.SetBody("application/sdp", answer.ToString());
        var codec = new NegotiatedCodec((byte)media.Codec.PayloadType, media.Codec.Name, media.Codec.ClockRate);
        var remote = new IPEndPoint(IPAddress.Parse(media.RemoteAddress), media.RemotePort);
        session.Start(new MediaDescription(remote, codec), new EchoHandler(SampleRates.Narrowband));
        return new EchoCall(session, ok);
    }

    private EchoCall? Reject(SipRequest invite, int status)
    {
        _socket.SendTo(SipResponseFactory.CreateResponse(invite, status).ToArray(), SocketFlags.None, SourceOf(invite));
        return null;
    }

    /// <summary>RFC 3261 §13.3.1.4: the UAS re-sends its 2xx at T1, 2·T1 … (capped at T2) until the ACK, for 64·T1.</summary>
    private async Task RetransmitUntilAckAsync(EchoCall call, IPEndPoint source)
    {
        Send(call.FinalResponse, source);
        var interval = TimeSpan.FromMilliseconds(500);
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(32); waited += interval, interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, TimeSpan.FromSeconds(4).Ticks)))
        {
            if (await Task.WhenAny(call.Acked.Task, Task.Delay(interval, _stopping.Token)).ConfigureAwait(false) == call.Acked.Task
                || _stopping.IsCancellationRequested)
                return;
            Send(call.FinalResponse, source);
        }
    }

    private static IPEndPoint SourceOf(SipRequest request)
    {
        var via = request.TopVia!;
        return new IPEndPoint(IPAddress.Parse(via.Received ?? via.Host), via.Port ?? 5060);
    }

    private void Send(SipResponse response, IPEndPoint destination)
    {
        try
        {
            _socket.SendTo(response.ToArray(), SocketFlags.None, destination);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopping.Cancel();
        _socket.Dispose();
        await _loop.ConfigureAwait(false);
        foreach (var call in _calls.Values)
            await call.Session.DisposeAsync().ConfigureAwait(false);
        _calls.Clear();
        _scheduler.Dispose();
        _stopping.Dispose();
    }

    private sealed class EchoCall(RtpSession session, SipResponse finalResponse)
    {
        public RtpSession Session { get; } = session;
        public SipResponse FinalResponse { get; } = finalResponse;
        public TaskCompletionSource Acked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
