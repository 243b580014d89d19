using System.Net.WebSockets;
using System.Text.Json;
using MediaCore.Server.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace MediaCore.Server.Browser;

/// <summary>
/// The demo's HTTP surface: GET / and the page's files (public: they hold no data), GET /api/tenants and the
/// call WebSocket /call/ws?tenant=ID (token-checked when required). Every refusal happens before the upgrade,
/// with a status code: 400 not a WebSocket / no tenant, 401 token, 403 cross-origin, 404 unknown tenant, 503 full.
/// </summary>
public static class BrowserDemoEndpoints
{
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
        if (!guard.IsAuthorized(context.Request))
        {
            Refuse(context, StatusCodes.Status401Unauthorized);
            return;
        }
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        if (requested.Count > 0 && !requested.Contains(BrowserWire.SubProtocol))
        {
            Refuse(context, StatusCodes.Status400BadRequest);
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

    private static void Refuse(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Bearer";
    }
}
