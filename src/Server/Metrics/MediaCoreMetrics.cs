namespace MediaCore.Server.Metrics;

/// <summary>
/// The metric families MediaCore exposes. Components receive this object and update the series they own; values
/// are fed by the call layer (SipCallControl: call counts; RTP statistics and queue depths sampled on each scrape),
/// the agent events (latency, barge-ins) and the metered engines (<see cref="MeteredSpeechToText"/>,
/// <see cref="MeteredTextToSpeech"/>).
/// </summary>
public sealed class MediaCoreMetrics
{
    /// <summary>Real-time factor buckets: processing time / audio time (below 1 keeps up with the call).</summary>
    public static readonly double[] RealTimeFactor = [0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 4];
    public static readonly double[] JitterSeconds = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16];

    public MediaCoreMetrics(MetricsRegistry registry)
    {
        Registry = registry;
        ActiveCalls = registry.Gauge("mediacore_active_calls", "Calls currently in progress.", "tenant");
        Calls = registry.Counter("mediacore_calls_total", "Finished calls by outcome (completed, transferred, failed, abandoned).", "tenant", "outcome");
        StageLatency = registry.Histogram("mediacore_stage_latency_seconds",
            "Per-turn latency of each pipeline stage (stt, brain, tts_first_audio, end_to_end).", Histogram.LatencySeconds, "stage");
        BargeIns = registry.Counter("mediacore_barge_ins_total", "Times the caller interrupted the bot.", "tenant");
        RtpPacketsLost = registry.Counter("mediacore_rtp_packets_lost_total", "RTP packets lost: inbound from our receiver statistics, outbound as the peer's RTCP reports it (cumulative loss deltas).", "direction");
        RtpJitter = registry.Histogram("mediacore_rtp_jitter_seconds", "RTP interarrival jitter (RFC 3550 6.4.1): inbound sampled per call at each scrape and at call end, outbound per peer RTCP report.", JitterSeconds, "direction");
        SttRealTimeFactor = registry.Histogram("mediacore_stt_real_time_factor", "Speech-to-text processing time / audio duration.", RealTimeFactor, "engine");
        TtsRealTimeFactor = registry.Histogram("mediacore_tts_real_time_factor", "Text-to-speech synthesis time / audio duration.", RealTimeFactor, "engine");
        QueueDepth = registry.Gauge("mediacore_queue_depth", "Items waiting in worker queues, summed over live calls (stt, llm, tts, playout frames) and control event subscribers (events).", "queue");
        ControlRequests = registry.Counter("mediacore_control_requests_total", "Control API calls by method and gRPC status.", "method", "code");
    }

    public MetricsRegistry Registry { get; }
    public Gauge ActiveCalls { get; }
    public Counter Calls { get; }
    public Histogram StageLatency { get; }
    public Counter BargeIns { get; }
    public Counter RtpPacketsLost { get; }
    public Histogram RtpJitter { get; }
    public Histogram SttRealTimeFactor { get; }
    public Histogram TtsRealTimeFactor { get; }
    public Gauge QueueDepth { get; }
    public Counter ControlRequests { get; }
}
