using System.Net;
using System.Security.Cryptography.X509Certificates;
using MediaCore.Server.Control;
using MediaCore.Server.Grpc;
using MediaCore.Server.Grpc.Records;
using MediaCore.Server.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Hosting;

/// <summary>
/// The control API host: a Kestrel listener that speaks only HTTP/2 and hands every request to the
/// <see cref="GrpcEndpoint"/> with the four mediacore.v1 services bound.
/// </summary>
public sealed class ControlServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ControlServer(WebApplication app, int port, string token)
    {
        _app = app;
        Port = port;
        Token = token;
    }

    public int Port { get; }
    internal string Token { get; }

    public static async Task<ControlServer> StartAsync(ControlServerOptions options, ICallControl calls, ITenantCatalog tenants,
        CallEventHub events, CancellationToken cancellationToken = default, CallRecordsService? records = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        (options.ConfigureLogging ?? ServerLogging.AddJsonLines)(builder.Logging);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Parse(options.Address), options.Port, listen =>
        {
            listen.Protocols = HttpProtocols.Http2; // cleartext: prior-knowledge h2c; with TLS: h2 via ALPN
            if (options.CertificatePath is { } path)
                listen.UseHttps(X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword));
        }));
        var app = builder.Build();

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<ControlServer>();
        string token = ControlTokenSource.Resolve(options.Token, options.TokenFile, logger);
        var shutdown = app.Lifetime.ApplicationStopping;
        var registry = new GrpcServiceRegistry();
        new HealthService(calls, shutdown).Bind(registry);
        new VersionService().Bind(registry);
        new TenantsService(tenants).Bind(registry);
        new CallControlService(calls, events).Bind(registry);
        records?.Bind(registry);
        var endpoint = new GrpcEndpoint(registry, new BearerTokenAuthenticator(token),
            app.Services.GetRequiredService<ILogger<GrpcEndpoint>>(), shutdown, options.MaxMessageSize);
        app.Run(endpoint.HandleAsync);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        int port = BoundPort(app);
        logger.LogInformation("Control API listening on {Address}:{Port} ({Transport})", options.Address, port,
            options.CertificatePath is null ? "h2c" : "h2 over TLS");
        return new ControlServer(app, port, token);
    }

    internal static int BoundPort(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First()).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
