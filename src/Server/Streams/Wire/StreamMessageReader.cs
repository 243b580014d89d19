using System.Text.Json;

namespace MediaCore.Server.Streams.Wire;

/// <summary>
/// One forward pass of <see cref="Utf8JsonReader"/> over an inbound message, keeping slices of the few fields the hot
/// path uses (event, stream id, media.payload, media.track, dtmf.digit, mark.name / name) and skipping the rest, in any
/// property order. Allocates nothing; values with JSON escapes are unescaped into <c>scratch</c> (as long as the input).
/// Never throws: bad input returns false with a <see cref="StreamParseError"/>.
/// </summary>
public static class StreamMessageReader
{
    private static ReadOnlySpan<byte> EventName => "event"u8;
    private static ReadOnlySpan<byte> MediaName => "media"u8;
    private static ReadOnlySpan<byte> DtmfName => "dtmf"u8;
    private static ReadOnlySpan<byte> MarkObjectName => "mark"u8;
    private static ReadOnlySpan<byte> NameName => "name"u8;
    private static ReadOnlySpan<byte> PayloadName => "payload"u8;
    private static ReadOnlySpan<byte> TrackName => "track"u8;
    private static ReadOnlySpan<byte> DigitName => "digit"u8;

    private const int MaxDepth = 16;

    public static bool TryRead(ReadOnlySpan<byte> json, StreamWireNames names, Span<byte> scratch,
        out StreamMessage message, out StreamParseError error)
    {
        message = default;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth });
            if (!reader.Read())
                return Fail(StreamParseError.MalformedJson, out error);
            if (reader.TokenType != JsonTokenType.StartObject)
                return Fail(StreamParseError.NotAnObject, out error);
            var fields = new Fields();
            error = ReadRoot(ref reader, names, scratch, ref fields);
            if (error != StreamParseError.None)
                return false;
            if (reader.Read())
                return Fail(StreamParseError.MalformedJson, out error);
            if (fields.Event.Length == 0)
                return Fail(StreamParseError.MissingEvent, out error);
            message = fields.ToMessage(json, scratch);
            return true;
        }
        catch (JsonException)
        {
            return Fail(StreamParseError.MalformedJson, out error);
        }
    }

    private static StreamParseError ReadRoot(ref Utf8JsonReader reader, StreamWireNames names, Span<byte> scratch,
        ref Fields fields)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            StreamParseError error;
            if (reader.ValueTextEquals(EventName))
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.Event);
            else if (reader.ValueTextEquals(names.StreamId))
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.StreamId);
            else if (reader.ValueTextEquals(NameName))
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.MarkName);
            else if (reader.ValueTextEquals(MediaName) || reader.ValueTextEquals(DtmfName) || reader.ValueTextEquals(MarkObjectName))
                error = ReadSection(ref reader, scratch, ref fields);
            else
                error = SkipValue(ref reader);
            if (error != StreamParseError.None)
                return error;
        }
        return StreamParseError.None;
    }

    // media / dtmf / mark objects: their interesting fields have distinct names, so one loop serves all three.
    private static StreamParseError ReadSection(ref Utf8JsonReader reader, Span<byte> scratch, ref Fields fields)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return StreamParseError.None;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            StreamParseError error;
            if (reader.ValueTextEquals(PayloadName))
            {
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.Payload);
                fields.HasPayload = error == StreamParseError.None;
            }
            else if (reader.ValueTextEquals(TrackName))
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.Track);
            else if (reader.ValueTextEquals(DigitName))
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.Digit);
            else if (reader.ValueTextEquals(NameName))
                error = ReadString(ref reader, scratch, ref fields.Used, out fields.MarkName);
            else
                error = SkipValue(ref reader);
            if (error != StreamParseError.None)
                return error;
        }
        return StreamParseError.None;
    }

    private static StreamParseError ReadString(ref Utf8JsonReader reader, Span<byte> scratch, ref int used, out Slice value)
    {
        value = default;
        reader.Read();
        if (reader.TokenType is JsonTokenType.Number)
        {
            // Digits sent as numbers ("digit": 5) read the same as strings.
            value = new Slice(false, (int)reader.TokenStartIndex, reader.ValueSpan.Length);
            return StreamParseError.None;
        }
        if (reader.TokenType != JsonTokenType.String)
            return StreamParseError.WrongFieldType;
        if (!reader.ValueIsEscaped)
        {
            value = new Slice(false, (int)reader.TokenStartIndex + 1, reader.ValueSpan.Length);   // + 1: the opening quote
            return StreamParseError.None;
        }
        var written = reader.CopyString(scratch[used..]);
        value = new Slice(true, used, written);
        used += written;
        return StreamParseError.None;
    }

    /// <summary>Where a value lies: in the input (unescaped) or in scratch (unescaped copy).</summary>
    private readonly record struct Slice(bool InScratch, int Start, int Length)
    {
        public ReadOnlySpan<byte> Of(ReadOnlySpan<byte> json, ReadOnlySpan<byte> scratch) =>
            Length == 0 ? default : (InScratch ? scratch : json).Slice(Start, Length);
    }

    private struct Fields
    {
        public int Used;
        public Slice Event, StreamId, Payload, Track, Digit, MarkName;
        public bool HasPayload;

        public readonly StreamMessage ToMessage(ReadOnlySpan<byte> json, ReadOnlySpan<byte> scratch) => new()
        {
            Event = Event.Of(json, scratch),
            StreamId = StreamId.Of(json, scratch),
            Payload = Payload.Of(json, scratch),
            Track = Track.Of(json, scratch),
            Digit = Digit.Of(json, scratch),
            MarkName = MarkName.Of(json, scratch),
            HasPayload = HasPayload,
        };
    }

    private static StreamParseError SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
        return StreamParseError.None;
    }

    private static bool Fail(StreamParseError reason, out StreamParseError error)
    {
        error = reason;
        return false;
    }
}
