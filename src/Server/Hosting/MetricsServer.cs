using System.Net;
using MediaCore.Server.Logging;
using MediaCore.Server.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Hosting;

/// <summary>
/// Prometheus scrape endpoint on its own port (default 127.0.0.1:9090), separate from the control API so scraping
/// needs no token and works over plain HTTP/1.1: GET /metrics (text format 0.0.4) and GET /healthz.
/// </summary>
public sealed class MetricsServer : IAsyncDisposable
{
    public const int DefaultPort = 9090;
    private readonly WebApplication _app;

    private MetricsServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<MetricsServer> StartAsync(MetricsRegistry registry, string address = "127.0.0.1", int port = DefaultPort,
        Action<ILoggingBuilder>? configureLogging = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        (configureLogging ?? ServerLogging.AddJsonLines)(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(address), port));
        var app = builder.Build();
        app.Run(context => HandleAsync(context, registry));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new MetricsServer(app, ControlServer.BoundPort(app));
    }

    private static Task HandleAsync(HttpContext context, MetricsRegistry registry)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return Task.CompletedTask;
        }
        switch (context.Request.Path.Value)
        {
            case "/metrics":
                context.Response.ContentType = PrometheusText.ContentType;
                return context.Response.WriteAsync(registry.Render(), context.RequestAborted);
            case "/healthz":
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync("ok\n", context.RequestAborted);
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
