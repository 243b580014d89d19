using System.Net;
using MediaCore.Server.Browser;
using MediaCore.Server.Logging;
using MediaCore.Server.Streams;
using MediaCore.Server.Streams.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Hosting;

/// <summary>
/// The HTTP side of `mediacore serve` on one Kestrel listener (default 127.0.0.1:8080): the browser demo page
/// ("/", "/api/tenants", "/call/ws") and the provider WebSocket streams ("/streams/exotel|plivo|twilio").
/// Streams admit loopback clients only unless a token is configured.
/// </summary>
public sealed class HttpFrontServer : IAsyncDisposable
{
    private static readonly string[] LoopbackNetworks = ["127.0.0.0/8", "::1/128"];
    private readonly WebApplication _app;

    private HttpFrontServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    /// <param name="browserToken">The control API's bearer token: the browser demo requires it when <paramref name="bind"/> is not loopback.</param>
    public static async Task<HttpFrontServer> StartAsync(IPEndPoint bind, bool browser, bool streams, string? streamsToken, string? browserToken,
        ITenantDirectory tenants, IStreamCallHandlerFactory handlers, Action<ILoggingBuilder>? configureLogging,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        (configureLogging ?? ServerLogging.AddJsonLines)(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(bind);
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddSingleton(handlers);
        var app = builder.Build();
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.UseRouting();
        if (browser)
            app.MapBrowserDemo(new BrowserDemoOptions { Bind = bind, Token = IPAddress.IsLoopback(bind.Address) ? null : browserToken }, tenants, handlers);
        if (streams)
            app.MapMediaStreams(StreamsOptionsFor(streamsToken));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new HttpFrontServer(app, ControlServer.BoundPort(app));
    }

    private static StreamsOptions StreamsOptionsFor(string? token)
    {
        var options = new StreamsOptions();
        foreach (var endpoint in new[] { options.Exotel, options.Plivo, options.Twilio })
        {
            endpoint.Token = token;
            if (token is null)
                endpoint.AllowedNetworks = LoopbackNetworks;
        }
        return options;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
