using System.Text.Json;

namespace MediaCore.Server.Streams.Wire;

/// <summary>
/// Exotel's AgentStream copies the message shapes of Twilio Media Streams: the same event names in and out, and
/// outbound <c>media {payload}</c>, <c>mark {name}</c> and <c>clear</c> objects — only the stream id's field is
/// spelled differently (<c>stream_sid</c> / <c>streamSid</c>). Both protocols classify and write through here.
/// </summary>
internal static class TwilioStyleMessages
{
    public static StreamEventKind Classify(ReadOnlySpan<byte> eventName) => eventName switch
    {
        _ when eventName.SequenceEqual("media"u8) => StreamEventKind.Media,
        _ when eventName.SequenceEqual("mark"u8) => StreamEventKind.MarkPlayed,
        _ when eventName.SequenceEqual("dtmf"u8) => StreamEventKind.Dtmf,
        _ when eventName.SequenceEqual("start"u8) => StreamEventKind.Start,
        _ when eventName.SequenceEqual("stop"u8) => StreamEventKind.Stop,
        _ when eventName.SequenceEqual("connected"u8) => StreamEventKind.Connected,
        _ => StreamEventKind.Unknown,
    };

    /// <summary><c>{"event":"media","&lt;id field&gt;":"…","media":{"payload":"&lt;base64&gt;"}}</c></summary>
    public static void WriteMedia(Utf8JsonWriter writer, JsonEncodedText streamIdField, string streamId, ReadOnlySpan<byte> audio)
    {
        WriteEventStart(writer, "media"u8, streamIdField, streamId);
        writer.WriteStartObject("media"u8);
        writer.WriteBase64String("payload"u8, audio);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary><c>{"event":"mark","&lt;id field&gt;":"…","mark":{"name":"mc-17"}}</c></summary>
    public static void WriteMark(Utf8JsonWriter writer, JsonEncodedText streamIdField, string streamId, ReadOnlySpan<byte> name)
    {
        WriteEventStart(writer, "mark"u8, streamIdField, streamId);
        writer.WriteStartObject("mark"u8);
        writer.WriteString("name"u8, name);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    /// <summary><c>{"event":"clear","&lt;id field&gt;":"…"}</c></summary>
    public static void WriteClear(Utf8JsonWriter writer, JsonEncodedText streamIdField, string streamId)
    {
        WriteEventStart(writer, "clear"u8, streamIdField, streamId);
        writer.WriteEndObject();
    }

    /// <summary>Opens the message object with its event name and stream id (every outbound message starts so).</summary>
    public static void WriteEventStart(Utf8JsonWriter writer, ReadOnlySpan<byte> eventName, JsonEncodedText streamIdField, string streamId)
    {
        writer.WriteStartObject();
        writer.WriteString("event"u8, eventName);
        writer.WriteString(streamIdField, streamId);
    }
}
