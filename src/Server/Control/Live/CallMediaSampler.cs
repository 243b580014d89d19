using MediaCore.Media.Sessions;
using MediaCore.Server.Metrics;
using MediaCore.Sip.Media;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// Feeds the RTP and queue-depth metrics from the live calls, off the media path: on every scrape it reads each
/// answered call's RTP receive statistics (interarrival jitter observed once per call per scrape, new cumulative
/// loss added to the counter) and sums the agents' worker queues; at a call's end it takes the final reading.
/// The peer's RTCP reports about our stream feed the outbound direction as they arrive (once per report interval).
/// Children are resolved once here, so updating them looks nothing up.
/// </summary>
public sealed class CallMediaSampler
{
    private const string Inbound = "inbound";
    private const string Outbound = "outbound";
    private readonly Histogram.Child _inboundJitter;
    private readonly Histogram.Child _outboundJitter;
    private readonly Counter.Child _inboundLost;
    private readonly Counter.Child _outboundLost;
    private readonly Gauge.Child _sttQueue;
    private readonly Gauge.Child _llmQueue;
    private readonly Gauge.Child _ttsQueue;
    private readonly Gauge.Child _playoutQueue;
    private readonly Gauge.Child _eventsQueue;

    public CallMediaSampler(MediaCoreMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        _inboundJitter = metrics.RtpJitter.Labels(Inbound);
        _outboundJitter = metrics.RtpJitter.Labels(Outbound);
        _inboundLost = metrics.RtpPacketsLost.Labels(Inbound);
        _outboundLost = metrics.RtpPacketsLost.Labels(Outbound);
        _sttQueue = metrics.QueueDepth.Labels("stt");
        _llmQueue = metrics.QueueDepth.Labels("llm");
        _ttsQueue = metrics.QueueDepth.Labels("tts");
        _playoutQueue = metrics.QueueDepth.Labels("playout");
        _eventsQueue = metrics.QueueDepth.Labels("events");
    }

    /// <summary>Follows the peer's RTCP reports on <paramref name="live"/>'s RTP session (if it has one).</summary>
    public void Watch(LiveCall live)
    {
        if (live.Sip.RtpMedia() is { } media)
            media.Session.RemoteReportReceived += (_, report) => OnRemoteReport(live, report);
    }

    /// <summary>A scrape: every answered, not yet ended call's receive statistics and queues; the event backlog.</summary>
    public void Sample(IEnumerable<LiveCall> calls, CallEventHub events)
    {
        int stt = 0, llm = 0, tts = 0, playout = 0;
        foreach (var live in calls)
        {
            if (!live.WasAnswered || live.IsEnded)
                continue;
            if (live.MediaStatistics() is { } statistics)
                ObserveInbound(live, statistics);
            if (live.Agent?.Pipeline.QueueDepths is { } depths)
            {
                stt += depths.SttCommands;
                llm += depths.ConversationFrames;
                tts += depths.SpeechSegments;
                playout += depths.PlayoutFrames;
            }
        }
        _sttQueue.Set(stt);
        _llmQueue.Set(llm);
        _ttsQueue.Set(tts);
        _playoutQueue.Set(playout);
        _eventsQueue.Set(events.QueuedEvents);
    }

    /// <summary>The call ended: its last receive statistics (so short calls between scrapes still count).</summary>
    public void Final(LiveCall live, RtpSessionStatistics? statistics)
    {
        if (live.WasAnswered && statistics is not null)
            ObserveInbound(live, statistics);
    }

    private void ObserveInbound(LiveCall live, RtpSessionStatistics statistics)
    {
        if (statistics.PacketsReceived == 0)
            return; // no stream yet: a zero jitter would be a made-up sample
        _inboundJitter.Observe(statistics.InterarrivalJitter.TotalSeconds);
        if (live.TakeUncountedLoss(inbound: true, statistics.CumulativeLost) is > 0 and var lost)
            _inboundLost.Inc(lost);
    }

    private void OnRemoteReport(LiveCall live, RtcpRemoteReport report)
    {
        _outboundJitter.Observe(report.Jitter.TotalSeconds);
        if (live.TakeUncountedLoss(inbound: false, report.CumulativeLost) is > 0 and var lost)
            _outboundLost.Inc(lost);
    }
}
