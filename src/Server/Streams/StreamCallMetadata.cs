using MediaCore.Server.Streams.Audio;

namespace MediaCore.Server.Streams;

/// <summary>
/// What the provider told us about a call in its <c>start</c> message, plus the URL query parameters of the upgrade
/// (operators put custom parameters there) and the tenant the resolver chose.
/// </summary>
public sealed record StreamCallMetadata(
    StreamProvider Provider,
    string StreamId,
    string CallId,
    string AccountId,
    string From,
    string To,
    IReadOnlyDictionary<string, string> CustomParameters,
    StreamAudioFormat Format)
{
    /// <summary>The rate of every PCM frame exchanged with the handler (the stream's negotiated rate).</summary>
    public int SampleRate => Format.SampleRate;

    /// <summary>Chosen by <see cref="IStreamTenantResolver"/> before the handler starts.</summary>
    public string TenantId { get; init; } = string.Empty;
}
