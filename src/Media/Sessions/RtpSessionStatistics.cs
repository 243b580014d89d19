using MediaCore.Media.Jitter;
using MediaCore.Media.Scheduling;

namespace MediaCore.Media.Sessions;

/// <summary>Counters of one <see cref="RtpSession"/>.</summary>
/// <param name="PacketsDroppedFromOtherSources">RTP/RTCP from a source other than the latched peer: possible injection.</param>
/// <param name="OutboundSpacingDeviation">|gap between consecutive sent packets − 20 ms|.</param>
/// <param name="InboundSpacingDeviation">|gap between consecutive in-order arrivals − 20 ms|.</param>
public sealed record RtpSessionStatistics(
    long PacketsSent,
    long OctetsSent,
    long PacketsReceived,
    long PacketsDroppedFromOtherSources,
    long MalformedPackets,
    long UnknownPayloadTypes,
    long SendErrors,
    long RtcpSent,
    long RtcpReceived,
    long DtmfDigitsReceived,
    long CumulativeLost,
    TimeSpan InterarrivalJitter,
    JitterBufferStatistics JitterBuffer,
    DurationSummary OutboundSpacingDeviation,
    DurationSummary InboundSpacingDeviation,
    RtcpRemoteReport? LastRemoteReport);
