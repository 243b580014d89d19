using System.Net.WebSockets;
using System.Text.Json;
using MediaCore.Server.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MediaCore.Server.Browser;

/// <summary>
/// The demo's HTTP surface: GET / and the page's files (public: they hold no data), GET /api/tenants and the
/// call WebSocket /call/ws?tenant=ID (token-checked when required). Refusals happen before the upgrade, with a
/// status code (400 not a WebSocket / no tenant / foreign subprotocol, 403 cross-origin, 404 unknown tenant,
/// 503 full), except a missing or wrong token: that socket is upgraded and closed at once with 1008 and
/// <see cref="TokenRequiredReason"/>, because a browser page cannot read the status of a refused upgrade.
/// </summary>
public static class BrowserDemoEndpoints
{
    /// <summary>Close reason (code 1008) for a call socket without the right token; the page keys its token prompt on it.</summary>
    public const string TokenRequiredReason = "access token missing or not accepted";

    /// <summary>Maps the demo onto an app that already called <c>UseWebSockets()</c>.</summary>
    public static BrowserDemoCalls MapBrowserDemo(this IEndpointRouteBuilder endpoints, BrowserDemoOptions options,
        ITenantDirectory tenants, IStreamCallHandlerFactory handlers)
    {
        if (options.Validate() is { } problem)
            throw new InvalidOperationException(problem);
        var guard = new BrowserAccessGuard(options);
        var calls = new BrowserDemoCalls(options.MaxConcurrentCalls);
        endpoints.MapGet("/", context => BrowserStaticAssets.ServeAsync(context, "index.html"));
        foreach (var name in BrowserStaticAssets.Names)
            endpoints.MapGet("/" + name, context => BrowserStaticAssets.ServeAsync(context, name));
        endpoints.MapGet("/api/tenants", context => ListTenantsAsync(context, guard, tenants));
        endpoints.Map("/call/ws", context => AcceptCallAsync(context, guard, tenants, handlers, options, calls));
        return calls;
    }

    private static async Task ListTenantsAsync(HttpContext context, BrowserAccessGuard guard, ITenantDirectory tenants)
    {
        if (!guard.IsAuthorized(context.Request))
        {
            Refuse(context, StatusCodes.Status401Unauthorized);
            return;
        }
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartArray();
        foreach (var tenant in tenants.List())
        {
            json.WriteStartObject();
            json.WriteString("id", tenant.Id);
            json.WriteString("name", tenant.Name);
            json.WriteString("kind", tenant.Kind);
            json.WriteStartArray("languages");
            foreach (var language in tenant.Languages)
                json.WriteStringValue(language);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        await json.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task AcceptCallAsync(HttpContext context, BrowserAccessGuard guard, ITenantDirectory tenants,
        IStreamCallHandlerFactory handlers, BrowserDemoOptions options, BrowserDemoCalls calls)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            Refuse(context, StatusCodes.Status400BadRequest);
            return;
        }
        if (!BrowserAccessGuard.IsSameOrigin(context.Request))
        {
            Refuse(context, StatusCodes.Status403Forbidden);
            return;
        }
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        if (requested.Count > 0 && !requested.Contains(BrowserWire.SubProtocol))
        {
            Refuse(context, StatusCodes.Status400BadRequest);
            return;
        }
        if (!guard.IsAuthorized(context.Request))
        {
            await RejectWithReasonAsync(context, requested.Count > 0, TokenRequiredReason).ConfigureAwait(false);
            return;
        }
        var tenantId = context.Request.Query["tenant"].ToString();
        if (tenantId.Length == 0 || tenants.Find(tenantId) is not { } tenant)
        {
            Refuse(context, tenantId.Length == 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound);
            return;
        }
        if (!calls.TryEnter())
        {
            Refuse(context, StatusCodes.Status503ServiceUnavailable);
            return;
        }
        try
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext
            {
                SubProtocol = requested.Count > 0 ? BrowserWire.SubProtocol : null,
                KeepAliveInterval = TimeSpan.FromSeconds(15),
            }).ConfigureAwait(false);
            await new BrowserCallSession(socket, tenant, handlers, options).RunAsync(context.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            calls.Exit();
        }
    }

    /// <summary>
    /// A browser never sees the status of a refused upgrade (only close code 1006), so a missing or wrong token is
    /// told after the upgrade instead: close 1008 with <paramref name="reason"/>, before any call exists. The page
    /// then asks for the token again. Nothing is read from the socket; no call slot is taken.
    /// </summary>
    private static async Task RejectWithReasonAsync(HttpContext context, bool offeredProtocol, string reason)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync(offeredProtocol ? BrowserWire.SubProtocol : null).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(2)); // a client that never answers the close is cut off
        try
        {
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, reason, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client left first: it has the close frame or nothing more to learn.
        }
    }

    private static void Refuse(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Bearer";
    }
}
