using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using MediaCore.Media.Codecs;
using MediaCore.Media.Dtmf;
using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Jitter;
using MediaCore.Media.Rtcp;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Sessions;

/// <summary>
/// The media edge of one call: a UDP socket pair, a receive loop per socket (packets parsed in place and copied into the
/// jitter buffer), and a 20 ms tick on a shared <see cref="MediaTickScheduler"/> thread that plays one inbound frame
/// into the <see cref="ICallAudioHandler"/> and sends one outbound RTP packet from it. Symmetric RTP latching, RTCP
/// reports, RFC 4733 DTMF and a media timeout complete it. After <see cref="Start"/> no per-packet or per-frame
/// allocation happens.
/// <para>Lifecycle: <see cref="Bind"/> (local ports known, for the SDP) → <see cref="Start"/> (remote known) →
/// <see cref="DisposeAsync"/> (sends RTCP BYE). Events are raised on thread-pool threads.</para>
/// </summary>
public sealed partial class RtpSession : IMediaTickHandler, IAsyncDisposable
{
    private readonly RtpSessionOptions _options;
    private readonly MediaTickScheduler _scheduler;
    private readonly RtpSocketPair _sockets;
    private readonly CancellationTokenSource _stopping = new();
    private readonly long _createdTimestamp = Stopwatch.GetTimestamp();
    private readonly object _tickGate = new();   // a tick never overlaps disposal of the codecs it uses
    private readonly object _mediaLock = new();  // jitter buffer, receiver statistics, DTMF receiver: receive loop vs tick
    private readonly ConcurrentQueue<char> _pendingDigits = new();
    private readonly byte[] _cname;

    private MediaDescription? _remote;
    private ICallAudioHandler? _handler;
    private Task _receiveLoops = Task.CompletedTask;
    private int _state; // 0 bound, 1 started, 2 disposed
    private volatile bool _onHold;

    private RtpSession(RtpSessionOptions options, MediaTickScheduler scheduler, RtpSocketPair sockets)
    {
        _options = options;
        _scheduler = scheduler;
        _sockets = sockets;
        Ssrc = (uint)Random.Shared.NextInt64(1, uint.MaxValue);
        _cname = Encoding.ASCII.GetBytes(options.Cname ?? $"mediacore-{Guid.NewGuid():N}"[..26]);
    }

    /// <summary>Binds a local RTP/RTCP port pair from the configured range; the ports go into the local SDP.</summary>
    public static RtpSession Bind(RtpSessionOptions options, MediaTickScheduler scheduler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scheduler);
        options.Validate();
        return new RtpSession(options, scheduler, RtpSocketPair.Bind(options.LocalAddress, options.Ports, options.ReceiveBufferBytes));
    }

    public uint Ssrc { get; }

    public IPEndPoint LocalRtpEndPoint => _sockets.RtpEndPoint;

    public IPEndPoint LocalRtcpEndPoint => _sockets.RtcpEndPoint;

    public MediaDescription? Remote => _remote;

    /// <summary>The source address RTP is latched to (null before the first valid packet).</summary>
    public IPEndPoint? LatchedRemote => _rtpLatch?.LatchedEndPoint;

    public bool IsOnHold => _onHold;

    /// <summary>A digit received via RFC 4733 telephone-event, reported once per key press.</summary>
    public event Action<RtpSession, DtmfDigitEvent>? DtmfReceived;

    /// <summary>No RTP for <see cref="RtpSessionOptions.MediaTimeout"/> outside hold. Raised once.</summary>
    public event Action<RtpSession, MediaTimeoutReason>? MediaTimedOut;

    /// <summary>The peer sent RTCP BYE (its reason text, possibly empty).</summary>
    public event Action<RtpSession, string>? GoodbyeReceived;

    /// <summary>The peer's RTCP report about the stream we send.</summary>
    public event Action<RtpSession, RtcpRemoteReport>? RemoteReportReceived;

    /// <summary>Starts media with the negotiated remote description, feeding and draining <paramref name="handler"/>.</summary>
    public void Start(MediaDescription remote, ICallAudioHandler handler)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(handler);
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            throw new InvalidOperationException("The session was already started or disposed.");
        _remote = remote;
        _handler = handler;
        PrepareMedia(remote, handler);
        var token = _stopping.Token;
        _receiveLoops = Task.WhenAll(ReceiveLoopAsync(_sockets.Rtp, token), ReceiveLoopAsync(_sockets.Rtcp, token));
        _scheduler.Add(this);
    }

    /// <summary>Hold stops our audio and pauses the media timeout (the peer is expected to go quiet); RTCP continues.</summary>
    public void SetHold(bool onHold)
    {
        if (!onHold)
            Volatile.Write(ref _lastRtpTimestamp, Stopwatch.GetTimestamp());
        _onHold = onHold;
    }

    /// <summary>Queues DTMF digits (0-9, *, #, A-D) to send as RFC 4733 events, one after another.</summary>
    public void SendDtmf(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        if (_remote?.TelephoneEventPayloadType is null)
            throw new InvalidOperationException("telephone-event was not negotiated.");
        foreach (var digit in digits)
        {
            if (!DtmfDigits.TryGetEvent(digit, out _))
                throw new ArgumentOutOfRangeException(nameof(digits), digit, "DTMF digits are 0-9, *, #, A-D.");
            _pendingDigits.Enqueue(digit);
        }
    }

    public RtpSessionStatistics GetStatistics()
    {
        lock (_mediaLock)
        {
            var receiver = _receiverStatistics;
            int clockRate = _remote?.Codec.ClockRate ?? 8000;
            return new RtpSessionStatistics(
                Volatile.Read(ref _packetsSent), Volatile.Read(ref _octetsSent), _packetsReceived, _droppedFromOtherSources,
                _malformed, _unknownPayloadTypes, Volatile.Read(ref _sendErrors), Volatile.Read(ref _rtcpSent), _rtcpReceived,
                _dtmfDigitsReceived, receiver?.CumulativeLost ?? 0,
                receiver is null ? TimeSpan.Zero : TimeSpan.FromSeconds((double)receiver.Jitter / clockRate),
                _jitter?.Statistics ?? default, _outboundSpacing.Summarize(), _inboundSpacing.Summarize(), _lastRemoteReport);
        }
    }

    /// <summary>Stops ticking, sends RTCP BYE, stops the receive loops and closes the sockets.</summary>
    public async ValueTask DisposeAsync()
    {
        int previous = Interlocked.Exchange(ref _state, 2);
        if (previous == 2)
            return;
        _scheduler.Remove(this);
        lock (_tickGate)
        {
            if (previous == 1)
                SendGoodbye();
            ReleaseCodecs();
        }
        _stopping.Cancel();
        _sockets.Dispose();
        try
        {
            await _receiveLoops.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        _stopping.Dispose();
    }

    private TimeSpan Now => Stopwatch.GetElapsedTime(_createdTimestamp);

    // Events go to the thread pool: a slow subscriber must never stall the tick thread or the receive loop.
    private void Raise<T>(Action<RtpSession, T>? handler, T argument)
    {
        if (handler is null)
            return;
        ThreadPool.UnsafeQueueUserWorkItem(static s => s.handler(s.session, s.argument), (handler, session: this, argument), preferLocal: false);
    }

    private void ReleaseCodecs()
    {
        _encoder?.Dispose();
        _decoder?.Dispose();
        _encoder = null;
        _decoder = null;
    }
}
