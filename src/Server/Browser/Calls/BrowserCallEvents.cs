namespace MediaCore.Server.Browser;

/// <summary>The handler's <see cref="ICallEventSink"/> for a browser call: each event becomes a queued JSON message.</summary>
internal sealed class BrowserCallEvents : ICallEventSink
{
    private readonly BrowserSocketWriter _writer;

    public BrowserCallEvents(BrowserSocketWriter writer) => _writer = writer;

    public void Transcript(string text, bool isFinal) => _writer.EnqueueControl(BrowserOutboundMessage.Transcript(text, isFinal));

    public void BotReply(string text) => _writer.EnqueueControl(BrowserOutboundMessage.Reply(text));

    public void Language(string code, double confidence) => _writer.EnqueueControl(BrowserOutboundMessage.Language(code, confidence));

    public void TurnLatency(TurnLatency latency) => _writer.EnqueueControl(BrowserOutboundMessage.Latency(latency));

    public void BargeIn() => _writer.EnqueueControl(BrowserOutboundMessage.BargeIn());

    public void TenantState(TenantStateView state) => _writer.EnqueueControl(BrowserOutboundMessage.Tenant(state));
}
