using Microsoft.AspNetCore.Http;

namespace MediaCore.Server.Grpc;

/// <summary>What a handler knows about its call: the method, the request headers, and one token that fires on the
/// deadline, on client cancellation (RST_STREAM / disconnect) and on server shutdown.</summary>
public sealed class GrpcCallContext
{
    internal GrpcCallContext(string method, HttpContext httpContext, DateTimeOffset? deadline, CancellationToken cancellationToken)
    {
        Method = method;
        HttpContext = httpContext;
        Deadline = deadline;
        CancellationToken = cancellationToken;
    }

    /// <summary>"/package.Service/Method".</summary>
    public string Method { get; }
    public HttpContext HttpContext { get; }
    public DateTimeOffset? Deadline { get; }
    public CancellationToken CancellationToken { get; }

    public string? GetHeader(string name) =>
        HttpContext.Request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;
}
