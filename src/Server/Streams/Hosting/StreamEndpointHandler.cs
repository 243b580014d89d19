using MediaCore.Server.Streams.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Streams.Hosting;

/// <summary>
/// The request delegate behind one provider path: refuses non-WebSocket requests (400) and unauthenticated upgrades
/// (401/403) before accepting, then runs a <see cref="StreamSession"/> for the life of the socket.
/// </summary>
public sealed class StreamEndpointHandler(
    IStreamProtocol protocol,
    StreamAccessPolicy access,
    IStreamCallHandlerFactory handlers,
    IStreamTenantResolver tenants,
    int maxMessageBytes,
    ILogger logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        var decision = access.Check(context);
        if (decision != StreamAccessDecision.Allowed)
        {
            logger.LogWarning("Stream {Provider}: upgrade from {Remote} refused ({Decision})",
                protocol.Provider, context.Connection.RemoteIpAddress, decision);
            context.Response.StatusCode = decision == StreamAccessDecision.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
            if (decision == StreamAccessDecision.Unauthorized)
                context.Response.Headers.WWWAuthenticate = "Basic realm=\"mediacore-streams\"";
            return;
        }
        var query = context.Request.Query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var session = new StreamSession(socket, protocol, query, handlers, tenants, maxMessageBytes, logger);
        await session.RunAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
