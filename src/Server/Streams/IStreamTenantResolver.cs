namespace MediaCore.Server.Streams;

/// <summary>
/// Picks the tenant for a stream call from the dialed number (<see cref="StreamCallMetadata.To"/>) or its custom
/// parameters. Null means no tenant serves this call: the stream is closed (policy violation).
/// </summary>
public interface IStreamTenantResolver
{
    string? Resolve(StreamCallMetadata metadata);
}
