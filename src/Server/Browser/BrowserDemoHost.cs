using MediaCore.Server.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace MediaCore.Server.Browser;

/// <summary>
/// The browser demo on its own Kestrel listener (what `mediacore serve` starts next to the control API, and what
/// tests start on port 0). <see cref="BaseAddress"/> is the address actually bound.
/// </summary>
public sealed class BrowserDemoHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BrowserDemoHost(WebApplication app, BrowserDemoCalls calls, Uri baseAddress)
    {
        _app = app;
        Calls = calls;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public BrowserDemoCalls Calls { get; }

    public static async Task<BrowserDemoHost> StartAsync(BrowserDemoOptions options, ITenantDirectory tenants,
        IStreamCallHandlerFactory handlers, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(options.Bind);
            kestrel.Limits.MaxRequestBodySize = 64 * 1024; // nothing here takes a body
            kestrel.AddServerHeader = false;
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.UseWebSockets();
        app.UseRouting();
        var calls = app.MapBrowserDemo(options, tenants, handlers);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new BrowserDemoHost(app, calls, new Uri(bound.Replace("[::]", "localhost", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
