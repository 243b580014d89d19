namespace MediaCore.Server.Streams.Wire;

/// <summary>The property names that differ between dialects (snake_case Exotel, camelCase Plivo/Twilio).</summary>
public sealed class StreamWireNames(byte[] streamId)
{
    public static StreamWireNames SnakeCase { get; } = new("stream_sid"u8.ToArray());
    public static StreamWireNames TwilioCamelCase { get; } = new("streamSid"u8.ToArray());
    public static StreamWireNames PlivoCamelCase { get; } = new("streamId"u8.ToArray());

    public ReadOnlySpan<byte> StreamId => streamId;
}
