using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MediaCore.Bench.Load.Audio;
using MediaCore.Media.Codecs.G711;
using MediaCore.Media.Frames;
using MediaCore.Media.Rtp;
using MediaCore.Media.Scheduling;
using MediaCore.Bench.Load.Net;

namespace MediaCore.Bench.Load.Rtp;

/// <summary>
/// The caller's media for one call, kept lean on purpose (the bench must not be the bottleneck it measures): one UDP
/// socket; a 20 ms tick from a shared <see cref="MediaTickScheduler"/> that sends the next pre-encoded frame of the
/// caller (<see cref="ICallerAudio"/>: a fixed script or a turn-taking caller); a receive loop that records EVERY packet from the target with its Stopwatch arrival
/// time. (<c>RtpSession</c> hides individual packets behind its jitter buffer, hence this endpoint.)
/// </summary>
public sealed class CallRtpEndpoint : IMediaTickHandler, IAsyncDisposable
{
    private const int MaxDatagram = 2048;
    private readonly Socket _socket;
    private readonly ICallerAudio _caller;
    private readonly G711Law _receiveLaw;
    private readonly List<ReceivedPacket> _received;
    private readonly byte[] _sendBuffer = new byte[RtpPacket.FixedHeaderSize + SpeechClip.FrameSamples];
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly long[] _frameSendTimestamps;
    private IPEndPoint? _remote;
    private MediaTickScheduler? _scheduler;
    private Task _receiveLoop = Task.CompletedTask;
    private long _firstTickIndex = -1;
    private byte _payloadType;
    private ushort _sequence = (ushort)Random.Shared.Next(ushort.MaxValue + 1);
    private uint _timestamp = (uint)Random.Shared.NextInt64(uint.MaxValue);
    private long _sendErrors;
    private long _foreign;
    private int _disposed;

    public CallRtpEndpoint(IPAddress localAddress, ICallerAudio caller)
    {
        _caller = caller;
        _receiveLaw = caller.Law;
        _socket = new Socket(localAddress.AddressFamily, SocketType.Dgram, ProtocolType.Udp) { ReceiveBufferSize = 256 * 1024 };
        _socket.Bind(new IPEndPoint(localAddress, 0));
        _received = new List<ReceivedPacket>(caller.MaxFrames + caller.MaxFrames / 4);
        _frameSendTimestamps = new long[caller.MaxFrames];
        Ssrc = (uint)Random.Shared.NextInt64(1, uint.MaxValue);
    }

    public uint Ssrc { get; }

    public IPEndPoint LocalEndPoint => (IPEndPoint)_socket.LocalEndPoint!;

    /// <summary>Completes when the caller is done (its last frame was sent).</summary>
    public Task Finished => _finished.Task;

    public long SendErrors => Interlocked.Read(ref _sendErrors);

    /// <summary>Datagrams that were not RTP (or not from the negotiated address).</summary>
    public long ForeignDatagrams => Interlocked.Read(ref _foreign);

    /// <summary>Stopwatch timestamp at which each script frame went out (0 = not sent).</summary>
    public IReadOnlyList<long> FrameSendTimestamps => _frameSendTimestamps;

    /// <summary>Packets received so far; read after <see cref="DisposeAsync"/> for the complete list.</summary>
    public IReadOnlyList<ReceivedPacket> Received => _received;

    public void Start(IPEndPoint remote, byte payloadType, MediaTickScheduler scheduler)
    {
        _remote = remote;
        _payloadType = payloadType;
        _scheduler = scheduler;
        _receiveLoop = Task.Run(() => UdpReceiveLoop.RunAsync(_socket, MaxDatagram, OnDatagram, _stopping.Token));
        scheduler.Add(this);
    }

    void IMediaTickHandler.OnTick(in FrameTick tick)
    {
        if (_firstTickIndex < 0)
            _firstTickIndex = tick.Index;
        long frame = tick.Index - _firstTickIndex;   // a late tick skips frames rather than bunching them
        // Stamp before the send: an echo on loopback can be received (and stamped) before SendTo even returns here.
        long sentAt = Stopwatch.GetTimestamp();
        if (frame >= _frameSendTimestamps.Length || !_caller.TryGetFrame((int)frame, sentAt, out var payload))
        {
            _scheduler!.Remove(this);
            _finished.TrySetResult();
            return;
        }
        var header = new RtpHeader(_payloadType, _sequence++, _timestamp + (uint)(frame * SpeechClip.FrameSamples), Ssrc, Marker: frame == 0);
        new RtpPacket(header, payload).TryWrite(_sendBuffer, out int written);
        try
        {
            _socket.SendTo(_sendBuffer.AsSpan(0, written), SocketFlags.None, _remote!);
            _frameSendTimestamps[frame] = sentAt;
        }
        catch (SocketException)
        {
            Interlocked.Increment(ref _sendErrors);
        }
    }

    private void OnDatagram(ReadOnlySpan<byte> datagram, long arrival)
    {
        // RTCP (second octet 192–223, RFC 5761 §4) or garbage is not bot audio.
        if ((datagram.Length >= 2 && datagram[1] is >= 192 and <= 223) || !RtpPacket.TryParse(datagram, out var packet, out _))
        {
            Interlocked.Increment(ref _foreign);
            return;
        }
        var received = new ReceivedPacket(arrival, packet.SequenceNumber, packet.Timestamp, packet.Ssrc, packet.PayloadType,
            packet.Marker, packet.Payload.Length, FrameLevel.IsAudible(packet.Payload, _receiveLaw));
        _received.Add(received);
        _caller.OnPacket(received);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        _scheduler?.Remove(this);
        _stopping.Cancel();
        _socket.Dispose();
        await _receiveLoop.ConfigureAwait(false);
        _finished.TrySetResult();
        _stopping.Dispose();
    }
}
