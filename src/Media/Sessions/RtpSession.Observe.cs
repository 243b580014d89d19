namespace MediaCore.Media.Sessions;

// Read-only views of the send clock and a receive tap, for measuring the session from outside (tests, diagnostics).
public sealed partial class RtpSession
{
    private IRtpPacketObserver? _packetObserver;

    /// <summary>Receives every accepted inbound RTP packet before the jitter buffer (null: none). Set before media starts.</summary>
    public IRtpPacketObserver? PacketObserver
    {
        get => Volatile.Read(ref _packetObserver);
        set => Volatile.Write(ref _packetObserver, value);
    }

    /// <summary>
    /// The RTP timestamp of the packet the current tick sends (read from the handler's <c>OnInboundFrame</c>, which
    /// runs on the tick before the outbound packet is built, it is exact; from other threads only approximate).
    /// </summary>
    public uint OutboundRtpTimestamp => _timestamp;

    /// <summary>The sequence number the next outbound packet gets (same threading note as <see cref="OutboundRtpTimestamp"/>).</summary>
    public ushort OutboundSequence => _sequence;
}
