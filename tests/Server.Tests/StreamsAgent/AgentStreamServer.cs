using System.Collections.Concurrent;
using MediaCore.Server.Agent;
using MediaCore.Server.Agent.Records;
using MediaCore.Server.Streams;
using MediaCore.Server.Streams.Agent;
using MediaCore.Server.Streams.Hosting;
using MediaCore.Server.Tests.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.StreamsAgent;

/// <summary>
/// A real Kestrel on 127.0.0.1 serving the provider stream endpoints with the voice agent: tenants resolved from the
/// dialed number through the tenant registry, handlers from <see cref="PipelineStreamCallHandlerFactory"/>.
/// </summary>
internal sealed class AgentStreamServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BlockingCollection<PipelineStreamCallHandler> _handlers = [];

    private AgentStreamServer(WebApplication app, PipelineStreamCallHandlerFactory factory)
    {
        _app = app;
        Factory = factory;
        factory.HandlerCreated += _handlers.Add;
    }

    public PipelineStreamCallHandlerFactory Factory { get; }

    public Uri BaseUri { get; private set; } = null!;

    public AgentCallEvents Events(string tenantId) => Factory.AgentsFor(tenantId).Events;

    /// <param name="records">Call records on (as `serve` with a records: section passes them).</param>
    /// <param name="logs">Where the server's log goes (none by default).</param>
    public static async Task<AgentStreamServer> StartAsync(AgentStreamFixture fixture, CallRecordingOptions? records = null,
        ILoggerProvider? logs = null)
    {
        var options = new StreamsOptions { MaxMessageBytes = 64 * 1024 };
        foreach (var endpoint in new[] { options.Exotel, options.Plivo, options.Twilio })
        {
            endpoint.Token = StreamTestServer.Token;
            endpoint.AllowedNetworks = ["127.0.0.0/8", "::1/128"];
        }
        var factory = PipelineStreamCallHandlerFactory.FromRegistry(fixture.Engines, fixture.Registry, new AgentOptions
        {
            // A Wednesday noon: the restaurant is open, so the dialog's answers do not depend on the day the tests run.
            Clock = () => new DateTimeOffset(2026, 11, 18, 12, 0, 0, TimeSpan.FromHours(5.5)),
            Records = records,
        });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        if (logs is not null)
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.Services.AddSingleton<IStreamCallHandlerFactory>(factory);
        builder.Services.AddSingleton<IStreamTenantResolver>(new DelegateTenantResolver(m => fixture.Registry.Current.FindByDid(m.To)?.Id));
        var app = builder.Build();
        var server = new AgentStreamServer(app, factory);
        app.UseMediaStreams(options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("http://", "ws://"));
        return server;
    }

    public Uri Url(string path, string query) => new(BaseUri, path + "?" + query);

    /// <summary>The next handler the server creates.</summary>
    public PipelineStreamCallHandler NextHandler()
    {
        Assert.True(_handlers.TryTake(out var handler, TimeSpan.FromSeconds(15)), "no stream handler was created");
        return handler;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _handlers.Dispose();
    }
}
