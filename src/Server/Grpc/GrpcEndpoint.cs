using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Grpc;

/// <summary>
/// The gRPC-over-HTTP/2 request handler (grpc/doc/PROTOCOL-HTTP2.md): POST /package.Service/Method with
/// content-type application/grpc[+proto]; one request message; one (unary) or many (server streaming) response
/// messages; status in trailers. Order of checks: HTTP shape (415) → method lookup (UNIMPLEMENTED) → bearer token
/// (UNAUTHENTICATED) → grpc-encoding (UNIMPLEMENTED) → grpc-timeout (INTERNAL if malformed) → read request → handler.
/// </summary>
public sealed class GrpcEndpoint(
    GrpcServiceRegistry registry,
    BearerTokenAuthenticator authenticator,
    ILogger<GrpcEndpoint> logger,
    CancellationToken shutdown,
    int maxMessageSize = GrpcEndpoint.DefaultMaxMessageSize)
{
    public const int DefaultMaxMessageSize = 4 * 1024 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        if (!IsGrpcRequest(http.Request))
        {
            http.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
            return;
        }
        var stream = new GrpcResponseStream(http.Response);
        var started = Stopwatch.GetTimestamp();
        var (status, message) = await RunAsync(http, stream).ConfigureAwait(false);
        if (status == GrpcStatusCode.Cancelled && http.RequestAborted.IsCancellationRequested)
        {
            logger.LogDebug("gRPC {Method} cancelled by client", http.Request.Path.Value);
            return; // the stream is already reset: nobody is left to read a status
        }
        await stream.CompleteAsync(status, message).ConfigureAwait(false);
        logger.LogInformation("gRPC {Method} → {Status} in {ElapsedMs:F1} ms", http.Request.Path.Value, status,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<(GrpcStatusCode, string?)> RunAsync(HttpContext http, GrpcResponseStream stream)
    {
        string path = http.Request.Path.Value ?? "";
        var lookup = registry.Find(path, out var method);
        if (lookup != GrpcLookup.Found)
            return (GrpcStatusCode.Unimplemented, lookup == GrpcLookup.UnknownService ? $"unknown service in {path}" : $"unknown method {path}");
        if (!method!.AllowAnonymous && !authenticator.IsAuthorized(http.Request.Headers.Authorization))
            return (GrpcStatusCode.Unauthenticated, "missing or invalid bearer token");
        string? encoding = http.Request.Headers["grpc-encoding"];
        if (!string.IsNullOrEmpty(encoding) && encoding != "identity")
            return (GrpcStatusCode.Unimplemented, $"grpc-encoding {encoding} is not supported (identity only)");
        if (shutdown.IsCancellationRequested)
            return (GrpcStatusCode.Unavailable, "server is shutting down");

        TimeSpan? timeout = null;
        string? timeoutHeader = http.Request.Headers["grpc-timeout"];
        if (timeoutHeader is not null)
        {
            if (!GrpcTimeout.TryParse(timeoutHeader, out var parsed))
                return (GrpcStatusCode.Internal, "malformed grpc-timeout");
            timeout = parsed;
        }
        return await InvokeAsync(http, stream, method, timeout).ConfigureAwait(false);
    }

    private async Task<(GrpcStatusCode, string?)> InvokeAsync(HttpContext http, GrpcResponseStream stream, GrpcMethod method, TimeSpan? timeout)
    {
        using var deadline = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, http.RequestAborted, shutdown);
        if (timeout is { } t)
            deadline.CancelAfter(t);
        var context = new GrpcCallContext(method.Path, http, timeout is { } d ? DateTimeOffset.UtcNow + d : null, linked.Token);
        try
        {
            var request = await GrpcRequestReader.ReadSingleAsync(http.Request.BodyReader, method.RequestParser, maxMessageSize, linked.Token)
                .ConfigureAwait(false);
            // WaitAsync: a handler that ignores its token still cannot hold the call past its deadline.
            await method.Invoke(request, stream, context).WaitAsync(linked.Token).ConfigureAwait(false);
            return (GrpcStatusCode.Ok, null);
        }
        catch (GrpcStatusException e)
        {
            return (e.Status, e.Message);
        }
        catch (Exception e) when (e is OperationCanceledException || linked.IsCancellationRequested)
        {
            if (deadline.IsCancellationRequested)
                return (GrpcStatusCode.DeadlineExceeded, "deadline exceeded");
            if (shutdown.IsCancellationRequested)
                return (GrpcStatusCode.Unavailable, "server is shutting down");
            return (GrpcStatusCode.Cancelled, "cancelled");
        }
        catch (Exception e)
        {
            logger.LogError(e, "gRPC {Method} handler failed", method.Path);
            return (GrpcStatusCode.Unknown, "internal error");
        }
    }

    private static bool IsGrpcRequest(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method))
            return false;
        var contentType = request.ContentType;
        return contentType is not null && (contentType == GrpcResponseStream.GrpcContentType
            || contentType.StartsWith(GrpcResponseStream.GrpcContentType + "+", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith(GrpcResponseStream.GrpcContentType + ";", StringComparison.OrdinalIgnoreCase));
    }
}
