using System.Text.Json;
using MediaCore.Server.Streams.Audio;
using MediaCore.Server.Streams.Wire;

namespace MediaCore.Server.Streams.Twilio;

/// <summary>
/// Twilio Media Streams (bidirectional via &lt;Connect&gt;&lt;Stream&gt;), camelCase JSON.
/// In: connected, start {streamSid, callSid, accountSid, tracks, customParameters, mediaFormat {encoding, sampleRate,
/// channels}}, media {media {track, chunk, timestamp, payload}}, dtmf {digit}, mark {name}, stop.
/// Out: media {streamSid, media {payload}}, mark {streamSid, mark {name}}, clear {streamSid}.
/// Audio: audio/x-mulaw 8 kHz only. From/To are not in start: pass them as &lt;Parameter&gt;s (customParameters).
/// </summary>
public sealed class TwilioProtocol : IStreamProtocol
{
    private static readonly JsonEncodedText StreamIdField = JsonEncodedText.Encode("streamSid");

    public StreamProvider Provider => StreamProvider.Twilio;

    public StreamWireNames Names => StreamWireNames.TwilioCamelCase;

    public int OutboundChunkFrames => 1;

    public int ChunksPerMark => 5;

    public StreamEventKind Classify(ReadOnlySpan<byte> eventName) => TwilioStyleMessages.Classify(eventName);

    public StartResult ReadStart(JsonElement root, IReadOnlyDictionary<string, string> query)
    {
        var start = JsonFields.Object(root, "start");
        var mediaFormat = JsonFields.Object(start, "mediaFormat");
        var encoding = JsonFields.String(mediaFormat, "encoding");
        var rate = JsonFields.Int(mediaFormat, "sampleRate", 8_000);
        var channels = JsonFields.Int(mediaFormat, "channels", 1);
        if (encoding.Length == 0)
            encoding = "audio/x-mulaw";
        if (!StreamAudioFormat.TryCreate(encoding, rate, [], out var format) || channels != 1)
            return StartResult.Fail($"unsupported media format {encoding} {rate} Hz {channels} ch");
        var streamId = JsonFields.String(start, "streamSid");
        if (streamId.Length == 0)
            streamId = JsonFields.String(root, "streamSid");
        if (streamId.Length == 0)
            return StartResult.Fail("start without streamSid");
        var parameters = CustomParameters.From(query);
        JsonFields.CopyProperties(JsonFields.Object(start, "customParameters"), parameters);
        return StartResult.Ok(new StreamCallMetadata(Provider, streamId,
            JsonFields.String(start, "callSid"), JsonFields.String(start, "accountSid"),
            CustomParameters.Pick(string.Empty, parameters, "from", "caller"),
            CustomParameters.Pick(string.Empty, parameters, "to", "called"),
            parameters, format));
    }

    public void WriteMedia(Utf8JsonWriter writer, string streamId, StreamAudioFormat format, ReadOnlySpan<byte> audio) =>
        TwilioStyleMessages.WriteMedia(writer, StreamIdField, streamId, audio);

    public void WriteMark(Utf8JsonWriter writer, string streamId, ReadOnlySpan<byte> name) =>
        TwilioStyleMessages.WriteMark(writer, StreamIdField, streamId, name);

    public void WriteClear(Utf8JsonWriter writer, string streamId) => TwilioStyleMessages.WriteClear(writer, StreamIdField, streamId);
}
