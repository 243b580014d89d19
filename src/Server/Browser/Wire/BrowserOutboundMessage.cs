using System.Buffers;
using System.Text.Json;

namespace MediaCore.Server.Browser;

/// <summary>
/// Server → page control messages as UTF-8 JSON text frames (see <see cref="BrowserWire"/>). These are a few per
/// turn, not per frame, so each is its own small array; the audio path never comes through here.
/// </summary>
public static class BrowserOutboundMessage
{
    public static byte[] State(BrowserCallState state, string? reason = null, string? callId = null) => Write(w =>
    {
        w.WriteString("type", "state");
        w.WriteString("state", state.ToString().ToLowerInvariant());
        if (reason is not null)
            w.WriteString("reason", reason);
        if (callId is not null)
            w.WriteString("callId", callId);
    });

    public static byte[] Transcript(string text, bool isFinal) => Write(w =>
    {
        w.WriteString("type", "transcript");
        w.WriteString("text", text);
        w.WriteBoolean("final", isFinal);
    });

    public static byte[] Reply(string text) => Write(w =>
    {
        w.WriteString("type", "reply");
        w.WriteString("text", text);
    });

    public static byte[] Language(string code, double confidence) => Write(w =>
    {
        w.WriteString("type", "language");
        w.WriteString("code", code);
        w.WriteNumber("confidence", Math.Round(confidence, 3));
    });

    public static byte[] Latency(TurnLatency latency) => Write(w =>
    {
        w.WriteString("type", "latency");
        w.WriteNumber("turn", latency.Turn);
        w.WriteNumber("endOfSpeechToFirstAudioMs", Math.Round(latency.EndOfSpeechToFirstAudioMs, 1));
        w.WriteNumber("sttMs", Math.Round(latency.SttMs, 1));
        w.WriteNumber("brainMs", Math.Round(latency.BrainMs, 1));
        w.WriteNumber("ttsMs", Math.Round(latency.TtsMs, 1));
    });

    public static byte[] BargeIn() => Write(w => w.WriteString("type", "bargein"));

    /// <summary>Tells the page to drop its playback queue now (sent before any audio that follows a Clear).</summary>
    public static byte[] Flush() => Write(w => w.WriteString("type", "flush"));

    public static byte[] Tenant(TenantStateView state) => Write(w =>
    {
        w.WriteString("type", "tenant");
        w.WriteString("title", state.Title);
        w.WriteString("status", state.Status);
        w.WriteStartArray("fields");
        foreach (var (name, value) in state.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", name);
            w.WriteString("value", value);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
