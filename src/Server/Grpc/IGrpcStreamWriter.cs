namespace MediaCore.Server.Grpc;

/// <summary>Sends the messages of a server-streaming response, one length-prefixed frame each, flushed as written.</summary>
public interface IGrpcStreamWriter<in T>
{
    Task WriteAsync(T message, CancellationToken cancellationToken);

    /// <summary>Sends the response headers now, before any message (e.g. to tell the client a subscription is live).</summary>
    Task SendHeadersAsync(CancellationToken cancellationToken);
}
