namespace MediaCore.Media.Sessions;

/// <summary>
/// What the peer's latest RTCP report block says about the stream we send: loss since its previous report
/// (0–1), cumulative loss, interarrival jitter, and the round trip computed from LSR/DLSR (zero until known).
/// </summary>
public readonly record struct RtcpRemoteReport(
    uint ReporterSsrc,
    bool FromSenderReport,
    double FractionLost,
    int CumulativeLost,
    uint ExtendedHighestSequence,
    TimeSpan Jitter,
    TimeSpan RoundTrip);
