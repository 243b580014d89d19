namespace MediaCore.Server.Streams.Wire;

/// <summary>The outcome of reading a provider's <c>start</c> message: metadata, or why the stream cannot be served.</summary>
public readonly record struct StartResult(StreamCallMetadata? Metadata, string? Error)
{
    public static StartResult Ok(StreamCallMetadata metadata) => new(metadata, null);

    public static StartResult Fail(string error) => new(null, error);
}
