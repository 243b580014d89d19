using System.Text.Json;
using MediaCore.Server.Streams.Audio;
using MediaCore.Server.Streams.Wire;

namespace MediaCore.Server.Streams.Exotel;

/// <summary>
/// Exotel AgentStream (Voicebot applet, bidirectional), snake_case JSON, numbers as strings.
/// In: connected, start {stream_sid, call_sid, account_sid, from, to, custom_parameters, media_format {encoding,
/// sample_rate, bit_rate}}, media {sequence_number, media {chunk, timestamp, payload}}, dtmf {digit}, mark {name}, stop.
/// Out: media {stream_sid, media {payload}}, mark {stream_sid, mark {name}}, clear {stream_sid}.
/// Audio: base64 16-bit little-endian mono PCM at 8/16/24 kHz (audio/x-raw); audio/x-mulaw 8 kHz also accepted.
/// Outbound chunks must be multiples of 320 bytes and at least 100 ms — five 20 ms frames per message does both.
/// </summary>
public sealed class ExotelProtocol : IStreamProtocol
{
    private static readonly JsonEncodedText StreamIdField = JsonEncodedText.Encode("stream_sid");

    private static readonly int[] PcmRates = [8_000, 16_000, 24_000];

    public StreamProvider Provider => StreamProvider.Exotel;

    public StreamWireNames Names => StreamWireNames.SnakeCase;

    public int OutboundChunkFrames => 5;

    public int ChunksPerMark => 1;

    public StreamEventKind Classify(ReadOnlySpan<byte> eventName) => TwilioStyleMessages.Classify(eventName);

    public StartResult ReadStart(JsonElement root, IReadOnlyDictionary<string, string> query)
    {
        var start = JsonFields.Object(root, "start");
        var mediaFormat = JsonFields.Object(start, "media_format");
        var encoding = JsonFields.String(mediaFormat, "encoding");
        var rate = JsonFields.Int(mediaFormat, "sample_rate", 8_000);
        var bits = JsonFields.Int(mediaFormat, "bit_rate", 16);
        if (encoding.Length == 0)
            encoding = "audio/x-raw";
        if (!StreamAudioFormat.TryCreate(encoding, rate, PcmRates, out var format)
            || (format.Encoding == StreamAudioEncoding.Linear16 && bits != 16))
            return StartResult.Fail($"unsupported media format {encoding} {rate} Hz {bits} bit");
        var streamId = JsonFields.String(start, "stream_sid");
        if (streamId.Length == 0)
            streamId = JsonFields.String(root, "stream_sid");
        if (streamId.Length == 0)
            return StartResult.Fail("start without stream_sid");
        var parameters = CustomParameters.From(query);
        JsonFields.CopyProperties(JsonFields.Object(start, "custom_parameters"), parameters);
        return StartResult.Ok(new StreamCallMetadata(Provider, streamId,
            JsonFields.String(start, "call_sid"), JsonFields.String(start, "account_sid"),
            CustomParameters.Pick(JsonFields.String(start, "from"), parameters, "from", "CallFrom"),
            CustomParameters.Pick(JsonFields.String(start, "to"), parameters, "to", "CallTo", "did"),
            parameters, format));
    }

    public void WriteMedia(Utf8JsonWriter writer, string streamId, StreamAudioFormat format, ReadOnlySpan<byte> audio) =>
        TwilioStyleMessages.WriteMedia(writer, StreamIdField, streamId, audio);

    public void WriteMark(Utf8JsonWriter writer, string streamId, ReadOnlySpan<byte> name) =>
        TwilioStyleMessages.WriteMark(writer, StreamIdField, streamId, name);

    public void WriteClear(Utf8JsonWriter writer, string streamId) => TwilioStyleMessages.WriteClear(writer, StreamIdField, streamId);
}
