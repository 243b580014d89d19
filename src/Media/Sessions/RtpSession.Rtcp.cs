using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using MediaCore.Media.Rtcp;

namespace MediaCore.Media.Sessions;

/// <summary>
/// RTCP: a compound SR (or RR before we have sent anything) + SDES CNAME every interval (RFC 3550 §6.1, §6.4), BYE on
/// close, and the peer's reports and BYE parsed on arrival.
/// </summary>
public sealed partial class RtpSession
{
    private byte[] _rtcpBuffer = [];
    private long _rtcpSent;
    private RtcpRemoteReport? _lastRemoteReport;

    private void SendReport(TimeSpan now)
    {
        var buffer = _rtcpBuffer.AsSpan();
        RtcpReportBlock block = default;
        bool haveBlock;
        lock (_mediaLock)
        {
            haveBlock = _receiverStatistics is { PacketsReceived: > 0 };
            if (haveBlock)
                block = _receiverStatistics!.CreateReportBlock(now);
        }
        var blocks = haveBlock ? new RtcpReportBlockList(MemoryMarshal.CreateReadOnlySpan(ref block, 1)) : default;
        int written;
        long sent = Volatile.Read(ref _packetsSent);
        if (sent > 0)
            new RtcpSenderReport(Ssrc, NtpTime.FromDateTime(DateTime.UtcNow), _timestamp, (uint)sent, (uint)Volatile.Read(ref _octetsSent), blocks)
                .TryWrite(buffer, out written);
        else
            new RtcpReceiverReport(Ssrc, blocks).TryWrite(buffer, out written);
        new RtcpSourceDescription(Ssrc, _cname).TryWrite(buffer[written..], out int sdes);
        SendRtcp(buffer[..(written + sdes)]);
    }

    private void SendGoodbye()
    {
        var buffer = _rtcpBuffer.AsSpan();
        new RtcpReceiverReport(Ssrc).TryWrite(buffer, out int written);
        Span<uint> sources = [Ssrc];
        new RtcpGoodbye(sources).TryWrite(buffer[written..], out int bye);
        SendRtcp(buffer[..(written + bye)]);
    }

    private void SendRtcp(ReadOnlySpan<byte> compound)
    {
        var socket = ReferenceEquals(_rtcpLatch, _rtpLatch) ? _sockets.Rtp : _sockets.Rtcp;
        try
        {
            socket.SendTo(compound, SocketFlags.None, _rtcpLatch!.SendTarget);
            Interlocked.Increment(ref _rtcpSent);
        }
        catch (SocketException)
        {
            Interlocked.Increment(ref _sendErrors);
        }
    }

    private void OnRtcp(ReadOnlySpan<byte> datagram, System.Net.SocketAddress source)
    {
        if (!RtcpCompoundReader.Validate(datagram, out _, out _))
        {
            Interlocked.Increment(ref _malformed);
            return;
        }
        if (!_rtcpLatch!.Accept(source))
        {
            Interlocked.Increment(ref _droppedFromOtherSources);
            return;
        }
        Interlocked.Increment(ref _rtcpReceived);
        var now = Now;
        var reader = new RtcpCompoundReader(datagram);
        while (reader.TryReadNext(out var header, out var packet))
        {
            switch ((RtcpPacketType)header.PacketType)
            {
                case RtcpPacketType.SenderReport when RtcpSenderReport.TryParse(packet, out var report, out _):
                    lock (_mediaLock)
                        _receiverStatistics?.OnSenderReport(report.NtpTimestamp, now);
                    OnReportBlocks(report.Ssrc, report.Reports, fromSenderReport: true);
                    break;
                case RtcpPacketType.ReceiverReport when RtcpReceiverReport.TryParse(packet, out var report, out _):
                    OnReportBlocks(report.Ssrc, report.Reports, fromSenderReport: false);
                    break;
                case RtcpPacketType.Goodbye when RtcpGoodbye.TryParse(packet, out var goodbye, out _):
                    Raise(GoodbyeReceived, Encoding.UTF8.GetString(goodbye.Reason));
                    break;
            }
        }
    }

    private void OnReportBlocks(uint reporter, RtcpReportBlockList blocks, bool fromSenderReport)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Ssrc != Ssrc)
                continue;
            uint arrival = NtpTime.ToCompact(NtpTime.FromDateTime(DateTime.UtcNow));
            var remote = new RtcpRemoteReport(
                reporter, fromSenderReport, block.FractionLost / 256.0, block.CumulativeLost, block.ExtendedHighestSequence,
                TimeSpan.FromSeconds((double)block.Jitter / _remote!.Codec.ClockRate),
                NtpTime.RoundTrip(arrival, block.LastSenderReport, block.DelaySinceLastSenderReport));
            lock (_mediaLock)
                _lastRemoteReport = remote;
            Raise(RemoteReportReceived, remote);
        }
    }
}
