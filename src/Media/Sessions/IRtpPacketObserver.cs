using MediaCore.Media.Rtp;

namespace MediaCore.Media.Sessions;

/// <summary>
/// Sees every accepted inbound RTP packet as it arrives, before the jitter buffer (test and diagnostic captures: what
/// reached this endpoint and when). Called on the session's receive loop; it must be quick and must copy what it keeps.
/// </summary>
public interface IRtpPacketObserver
{
    /// <param name="arrivalTimestamp">Stopwatch timestamp taken when the datagram was read.</param>
    void OnRtpReceived(long arrivalTimestamp, in RtpHeader header, ReadOnlySpan<byte> payload);
}
