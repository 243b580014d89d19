namespace MediaCore.Server.Agent;

/// <summary>
/// What happens in agent calls, for in-process observers (the demo's live transcript, tests, benchmarks). Raised on
/// pipeline worker threads, never on the media tick; handlers must be quick. Every event carries the call id.
/// </summary>
public sealed class AgentCallEvents
{
    /// <summary>A call got its agent: (call id, greeting the bot will speak).</summary>
    public event Action<string, string>? CallStarted;

    /// <summary>The final transcript the brain is answering: (call id, text).</summary>
    public event Action<string, string>? Recognised;

    /// <summary>The brain's complete reply text: (call id, text).</summary>
    public event Action<string, string>? BotReplied;

    /// <summary>A turn's first bot audio frame went out: (call id, latency breakdown).</summary>
    public event Action<string, AgentTurnLatency>? TurnLatency;

    /// <summary>A barge-in was decided: (call id, tick, Stopwatch timestamp of the deciding tick).</summary>
    public event Action<string, long, long>? BargeIn;

    /// <summary>The agent asked for the call to end: (call id, reason).</summary>
    public event Action<string, string>? HangUpRequested;

    /// <summary>A tenant dialog answered (its language and booking state after the turn): (call id, reply).</summary>
    public event Action<string, MediaCore.Pipeline.Dialogs.DialogReply>? DialogReplied;

    /// <summary>Every pipeline log line: (call id, level, message).</summary>
    public event Action<string, string, string>? Log;

    internal void OnCallStarted(string callId, string greeting) => CallStarted?.Invoke(callId, greeting);
    internal void OnRecognised(string callId, string text) => Recognised?.Invoke(callId, text);
    internal void OnBotReplied(string callId, string text) => BotReplied?.Invoke(callId, text);
    internal void OnTurnLatency(string callId, AgentTurnLatency latency) => TurnLatency?.Invoke(callId, latency);
    internal void OnBargeIn(string callId, long tick, long timestamp) => BargeIn?.Invoke(callId, tick, timestamp);
    internal void OnHangUpRequested(string callId, string reason) => HangUpRequested?.Invoke(callId, reason);
    internal void OnDialogReplied(string callId, MediaCore.Pipeline.Dialogs.DialogReply reply) => DialogReplied?.Invoke(callId, reply);
    internal void OnLog(string callId, string level, string message) => Log?.Invoke(callId, level, message);
}
