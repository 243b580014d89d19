using System.Text.Json;
using MediaCore.Server.Streams.Audio;
using MediaCore.Server.Streams.Wire;

namespace MediaCore.Server.Streams.Plivo;

/// <summary>
/// Plivo Audio Streams (&lt;Stream bidirectional="true"&gt;), camelCase JSON.
/// In: start {sequenceNumber, start {callId, streamId, accountId, tracks, mediaFormat {encoding, sampleRate}},
/// extra_headers}, media {sequenceNumber, streamId, media {track, timestamp, chunk, payload}}, dtmf {dtmf {digit}},
/// playedStream / played {streamId, name}, clearedAudio, stop.
/// Out: playAudio {media {contentType, sampleRate, payload}}, checkpoint {streamId, name}, clearAudio {streamId}.
/// Audio: audio/x-l16 8/16 kHz (little-endian) or audio/x-mulaw 8 kHz. From/To are not in start: pass them in
/// extraHeaders or the URL query.
/// </summary>
public sealed class PlivoProtocol : IStreamProtocol
{
    private static readonly JsonEncodedText StreamIdField = JsonEncodedText.Encode("streamId");

    private static readonly int[] PcmRates = [8_000, 16_000];

    public StreamProvider Provider => StreamProvider.Plivo;

    public StreamWireNames Names => StreamWireNames.PlivoCamelCase;

    public int OutboundChunkFrames => 1;

    public int ChunksPerMark => 5;

    public StreamEventKind Classify(ReadOnlySpan<byte> eventName) => eventName switch
    {
        _ when eventName.SequenceEqual("media"u8) => StreamEventKind.Media,
        _ when eventName.SequenceEqual("playedStream"u8) => StreamEventKind.MarkPlayed,
        _ when eventName.SequenceEqual("played"u8) => StreamEventKind.MarkPlayed,
        _ when eventName.SequenceEqual("clearedAudio"u8) => StreamEventKind.Cleared,
        _ when eventName.SequenceEqual("dtmf"u8) => StreamEventKind.Dtmf,
        _ when eventName.SequenceEqual("start"u8) => StreamEventKind.Start,
        _ when eventName.SequenceEqual("stop"u8) => StreamEventKind.Stop,
        _ => StreamEventKind.Unknown,
    };

    public StartResult ReadStart(JsonElement root, IReadOnlyDictionary<string, string> query)
    {
        var start = JsonFields.Object(root, "start");
        var mediaFormat = JsonFields.Object(start, "mediaFormat");
        var encoding = JsonFields.String(mediaFormat, "encoding");
        var rate = JsonFields.Int(mediaFormat, "sampleRate", 8_000);
        if (encoding.Length == 0)
            encoding = "audio/x-l16";
        if (!StreamAudioFormat.TryCreate(encoding, rate, PcmRates, out var format))
            return StartResult.Fail($"unsupported media format {encoding} {rate} Hz");
        var streamId = JsonFields.String(start, "streamId");
        if (streamId.Length == 0)
            return StartResult.Fail("start without streamId");
        var parameters = CustomParameters.From(query);
        var extraHeaders = JsonFields.String(root, "extra_headers");
        if (extraHeaders.Length == 0)
            extraHeaders = JsonFields.String(root, "extraHeaders");
        CustomParameters.AddPairs(extraHeaders, parameters);
        return StartResult.Ok(new StreamCallMetadata(Provider, streamId,
            JsonFields.String(start, "callId"), JsonFields.String(start, "accountId"),
            CustomParameters.Pick(string.Empty, parameters, "from", "caller"),
            CustomParameters.Pick(string.Empty, parameters, "to", "called", "did"),
            parameters, format));
    }

    public void WriteMedia(Utf8JsonWriter writer, string streamId, StreamAudioFormat format, ReadOnlySpan<byte> audio)
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, "playAudio"u8);
        writer.WriteStartObject("media"u8);
        writer.WriteString("contentType"u8, format.ContentType);
        writer.WriteNumber("sampleRate"u8, format.SampleRate);
        writer.WriteBase64String("payload"u8, audio);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public void WriteMark(Utf8JsonWriter writer, string streamId, ReadOnlySpan<byte> name)
    {
        TwilioStyleMessages.WriteEventStart(writer, "checkpoint"u8, StreamIdField, streamId);
        writer.WriteString("name"u8, name);
        writer.WriteEndObject();
    }

    public void WriteClear(Utf8JsonWriter writer, string streamId)
    {
        TwilioStyleMessages.WriteEventStart(writer, "clearAudio"u8, StreamIdField, streamId);
        writer.WriteEndObject();
    }

    /// <summary>Plivo's sendDTMF: plays <paramref name="digits"/> into the call.</summary>
    public static void WriteSendDtmf(Utf8JsonWriter writer, string digits)
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, "sendDTMF"u8);
        writer.WriteString("dtmf"u8, digits);
        writer.WriteEndObject();
    }
}
