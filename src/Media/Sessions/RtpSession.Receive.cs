using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MediaCore.Media.Frames;
using MediaCore.Media.Rtcp;
using MediaCore.Media.Rtp;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Sessions;

/// <summary>
/// The receive loops: one per socket, each awaiting <see cref="Socket.ReceiveFromAsync(Memory{byte}, SocketFlags, SocketAddress, CancellationToken)"/>
/// into one pooled buffer with one reused <see cref="SocketAddress"/> (the allocation-free socket path), parsing in place.
/// </summary>
public sealed partial class RtpSession
{
    private const int MaxDatagramBytes = 2048;
    // RFC 5761 §4: with rtcp-mux, a second octet of 192–223 (RTCP packet types 192–223) is RTCP, never RTP.
    private const byte FirstMuxedRtcpType = 192;
    private const byte LastMuxedRtcpType = 223;

    private SymmetricLatch? _rtpLatch;
    private SymmetricLatch? _rtcpLatch;
    private Rtcp.RtpReceiverStatistics? _receiverStatistics;
    private readonly DurationHistogram _inboundSpacing = new();
    private long _packetsReceived;
    private long _droppedFromOtherSources;
    private long _malformed;
    private long _unknownPayloadTypes;
    private long _rtcpReceived;
    private long _dtmfDigitsReceived;
    private long _lastArrivalTimestamp;
    private long _lastArrivalSequence = -1;
    private RtpSequenceUnwrapper _arrivalUnwrapper;

    private async Task ReceiveLoopAsync(Socket socket, CancellationToken cancellation)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(MaxDatagramBytes);
        var source = new SocketAddress(socket.AddressFamily);
        bool isRtcpSocket = socket == _sockets.Rtcp;
        try
        {
            while (!cancellation.IsCancellationRequested)
            {
                int length;
                try
                {
                    length = await socket.ReceiveFromAsync(buffer.AsMemory(0, MaxDatagramBytes), SocketFlags.None, source, cancellation).ConfigureAwait(false);
                }
                catch (SocketException exception) when (exception.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused or SocketError.MessageSize)
                {
                    continue;   // ICMP errors from earlier sends, oversized datagrams: not fatal for UDP
                }
                OnDatagram(buffer.AsSpan(0, length), source, isRtcpSocket);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException
            || (exception is SocketException && cancellation.IsCancellationRequested))
        {
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void OnDatagram(ReadOnlySpan<byte> datagram, SocketAddress source, bool isRtcpSocket)
    {
        if (datagram.Length >= 2 && datagram[1] is >= FirstMuxedRtcpType and <= LastMuxedRtcpType)
            OnRtcp(datagram, source);
        else if (isRtcpSocket)
            Interlocked.Increment(ref _malformed);
        else
            OnRtp(datagram, source);
    }

    private void OnRtp(ReadOnlySpan<byte> datagram, SocketAddress source)
    {
        if (!RtpPacket.TryParse(datagram, out var packet, out _))
        {
            Interlocked.Increment(ref _malformed);
            return;
        }
        var remote = _remote!;
        bool isAudio = packet.PayloadType == remote.Codec.PayloadType;
        bool isEvent = packet.PayloadType == remote.TelephoneEventPayloadType;
        if (!isAudio && !isEvent)
        {
            Interlocked.Increment(ref _unknownPayloadTypes);
            return;
        }
        if (!_rtpLatch!.Accept(source))
        {
            Interlocked.Increment(ref _droppedFromOtherSources);
            return;
        }
        long arrivalTimestamp = Stopwatch.GetTimestamp();
        Volatile.Write(ref _lastRtpTimestamp, arrivalTimestamp);
        _packetObserver?.OnRtpReceived(arrivalTimestamp, packet.Header, packet.Payload);
        _everReceived = true;
        var now = Now;
        lock (_mediaLock)
        {
            _packetsReceived++;
            ReceiverStatisticsFor(packet.Ssrc).OnPacket(packet.SequenceNumber, packet.Timestamp, now);
            if (isEvent)
            {
                _dtmfReceiver?.OnPacket(packet.Header, packet.Payload, now);
                DrainReceivedDigits();
            }
            else
            {
                _jitter!.Put(packet.SequenceNumber, packet.Timestamp, packet.Payload, now);
            }
        }
        if (isAudio)
            RecordInboundSpacing(packet.SequenceNumber, arrivalTimestamp);
    }

    /// <summary>A new SSRC (the peer restarted its stream) gets fresh statistics and an empty jitter buffer.</summary>
    private Rtcp.RtpReceiverStatistics ReceiverStatisticsFor(uint ssrc)
    {
        if (_receiverStatistics?.Ssrc == ssrc)
            return _receiverStatistics;
        if (_receiverStatistics is not null)
            _jitter!.Reset();
        _receiverStatistics = new Rtcp.RtpReceiverStatistics(ssrc, _remote!.Codec.ClockRate, minSequential: 0);
        return _receiverStatistics;
    }

    private void RecordInboundSpacing(ushort sequenceNumber, long arrivalTimestamp)
    {
        long extended = _arrivalUnwrapper.Unwrap(sequenceNumber);
        if (extended == _lastArrivalSequence + 1)
            _inboundSpacing.Record((Stopwatch.GetElapsedTime(_lastArrivalTimestamp, arrivalTimestamp) - FrameClock.DefaultPeriod).Duration());
        _lastArrivalSequence = extended;
        _lastArrivalTimestamp = arrivalTimestamp;
    }
}
