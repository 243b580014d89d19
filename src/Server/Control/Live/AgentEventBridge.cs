using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using MediaCore.Pipeline.Calls;
using MediaCore.Server.Agent;
using MediaCore.Server.Metrics;
using MediaCore.Server.Protos.V1;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Control.Live;

/// <summary>
/// Turns what agent calls report (<see cref="AgentCallEvents"/>) into control API events for the SIP calls
/// <see cref="SipCallControl"/> tracks: the greeting and replies as BotUtterance, final transcripts, barge-ins and
/// per-turn latency; and feeds the stage latency histograms and the barge-in counter. Events of calls it does not
/// track (WebSocket stream calls) only move the metrics.
/// </summary>
public sealed class AgentEventBridge(SipCallControl calls, MediaCoreMetrics metrics)
{
    private readonly HashSet<AgentCallEvents> _observed = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();

    /// <summary>Subscribes to one agent factory's events (once; later calls with the same source do nothing).</summary>
    public void Observe(AgentCallEvents source)
    {
        lock (_gate)
            if (!_observed.Add(source))
                return;
        source.CallStarted += (id, greeting) => Utterance(id, greeting);
        source.BotReplied += (id, text) => Utterance(id, text);
        source.Recognised += (id, text) => Publish(id, e => e.Transcript = new Transcript { Text = text, IsFinal = true, Language = "en" });
        source.BargeIn += OnBargeIn;
        source.TurnLatency += OnTurnLatency;
        source.Log += OnAgentLog;
        source.HangUpRequested += (id, reason) => Log(id, LogLevel.Information, "hang-up requested (" + reason + ")");
    }

    // The pipeline's warnings and errors go to the call log with the call's id and tenant; its debug and
    // information lines (transcripts among them) stay out of the server log.
    private void OnAgentLog(string callId, string level, string message)
    {
        if (System.Enum.TryParse<PipelineLogLevel>(level, out var parsed) && parsed >= PipelineLogLevel.Warning)
            Log(callId, parsed == PipelineLogLevel.Warning ? LogLevel.Warning : LogLevel.Error, message);
    }

    private void Log(string callId, LogLevel level, string message)
    {
        if (calls.Find(callId) is { } live)
            CallLog.Agent(calls.Log, level, callId, live.TenantId, message);
    }

    private void Utterance(string callId, string text)
    {
        if (text.Length == 0 || calls.Find(callId) is not { } live)
            return;
        string id = live.NextUtteranceId();
        Publish(callId, e => e.BotUtterance = new BotUtterance { UtteranceId = id, Text = text });
    }

    private void OnBargeIn(string callId, long tick, long decidedAt)
    {
        var live = calls.Find(callId);
        live?.CountBargeIn();
        metrics.BargeIns.Labels(live?.TenantId ?? "").Inc();
        var latency = Stopwatch.GetElapsedTime(decidedAt);
        Publish(callId, e => e.BargeIn = new BargeIn { UtteranceId = live?.LastUtteranceId ?? "", StopLatency = Duration.FromTimeSpan(latency) });
    }

    private void OnTurnLatency(string callId, AgentTurnLatency turn)
    {
        metrics.StageLatency.Labels("stt").Observe(turn.SttMs / 1000);
        metrics.StageLatency.Labels("brain").Observe(turn.BrainMs / 1000);
        metrics.StageLatency.Labels("tts_first_audio").Observe(turn.TtsMs / 1000);
        metrics.StageLatency.Labels("end_to_end").Observe(turn.TotalMs / 1000);
        calls.Find(callId)?.CountTurn();
        Publish(callId, e => e.TurnLatency = new TurnLatency
        {
            Turn = (uint)Math.Max(0, turn.TurnId),
            Stt = Ms(turn.SttMs),
            Brain = Ms(turn.BrainMs),
            TtsFirstAudio = Ms(turn.TtsMs),
            Total = Ms(turn.TotalMs),
        });
    }

    private void Publish(string callId, Action<Event> fill)
    {
        if (calls.Find(callId) is { } live)
            calls.Publish(live.TenantId, callId, fill);
    }

    private static Duration Ms(double ms) => Duration.FromTimeSpan(TimeSpan.FromMilliseconds(ms));
}
