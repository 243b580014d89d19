using System.Text.RegularExpressions;
using MediaCore.Pipeline.Dialogs;
using MediaCore.Pipeline.Tenants;
using MediaCore.Server.Agent;

namespace MediaCore.Server.Browser.Agent;

/// <summary>
/// Turns one call's <see cref="AgentCallEvents"/> into what the demo page shows (<see cref="ICallEventSink"/>):
/// partial and final transcripts (from the pipeline's STT log lines, its only partial output), the greeting and every
/// bot reply, the dialog's detected language and booking state, each turn's latency breakdown, and barge-in markers.
/// Events of other calls on the same factory are ignored. Dispose to unsubscribe.
/// </summary>
public sealed partial class AgentCallEventForwarder : IDisposable
{
    private readonly AgentCallEvents _events;
    private readonly string _callId;
    private readonly ICallEventSink _sink;
    private readonly TenantConfig? _tenant;

    public AgentCallEventForwarder(AgentCallEvents events, string callId, ICallEventSink sink, TenantConfig? tenant)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(sink);
        _events = events;
        _callId = callId;
        _sink = sink;
        _tenant = tenant;
        events.CallStarted += OnCallStarted;
        events.BotReplied += OnBotReplied;
        events.TurnLatency += OnTurnLatency;
        events.BargeIn += OnBargeIn;
        events.DialogReplied += OnDialogReplied;
        events.Log += OnLog;
    }

    public void Dispose()
    {
        _events.CallStarted -= OnCallStarted;
        _events.BotReplied -= OnBotReplied;
        _events.TurnLatency -= OnTurnLatency;
        _events.BargeIn -= OnBargeIn;
        _events.DialogReplied -= OnDialogReplied;
        _events.Log -= OnLog;
    }

    private bool Mine(string callId) => string.Equals(callId, _callId, StringComparison.Ordinal);

    private void OnCallStarted(string callId, string greeting)
    {
        if (Mine(callId) && greeting.Length > 0)
            _sink.BotReply(greeting);
    }

    private void OnBotReplied(string callId, string text)
    {
        if (Mine(callId) && text.Length > 0)
            _sink.BotReply(text);
    }

    private void OnTurnLatency(string callId, AgentTurnLatency latency)
    {
        if (Mine(callId))
            _sink.TurnLatency(new TurnLatency(latency.TurnId, latency.TotalMs, latency.SttMs, latency.BrainMs, latency.TtsMs));
    }

    private void OnBargeIn(string callId, long tick, long timestamp)
    {
        if (Mine(callId))
            _sink.BargeIn();
    }

    private void OnDialogReplied(string callId, DialogReply reply)
    {
        if (!Mine(callId))
            return;
        // The dialog answers in the language it detected the caller speaking; it reports no confidence of its own.
        _sink.Language(reply.Language.Code(), 1.0);
        _sink.TenantState(TenantStateViews.From(_tenant?.Kind, reply.State));
    }

    private void OnLog(string callId, string level, string message)
    {
        if (!Mine(callId) || TranscriptLine().Match(message) is not { Success: true } line)
            return;
        var text = line.Groups["text"].Value;
        bool final = line.Groups["kind"].Value == "final";
        if (text.Length > 0)
            _sink.Transcript(text, final);
    }

    // The STT worker's lines: utterance 3 partial (41 ms): "what are" / utterance 3 final (80 ms decode): "what are your hours"
    [GeneratedRegex("""^utterance \d+ (?<kind>partial|final) \([^)]*\): "(?<text>.*)"$""")]
    private static partial Regex TranscriptLine();
}
