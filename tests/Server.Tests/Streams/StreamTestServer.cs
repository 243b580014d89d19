using System.Collections.Concurrent;
using MediaCore.Server.Streams;
using MediaCore.Server.Streams.Handlers;
using MediaCore.Server.Streams.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.Streams;

/// <summary>A real Kestrel on 127.0.0.1 (ephemeral port) serving the stream endpoints with test handlers.</summary>
internal sealed class StreamTestServer : IAsyncDisposable
{
    public const string Token = "s3cret-token";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StreamHandlerBase> _handlers = new();
    private readonly SemaphoreSlim _created = new(0);

    private StreamTestServer(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public static async Task<StreamTestServer> StartAsync(Func<StreamCallMetadata, StreamHandlerBase>? createHandler = null,
        Action<StreamsOptions>? configure = null)
    {
        var options = new StreamsOptions { MaxMessageBytes = 16 * 1024 };
        foreach (var endpoint in new[] { options.Exotel, options.Plivo, options.Twilio })
        {
            endpoint.Token = Token;
            endpoint.AllowedNetworks = ["127.0.0.0/8", "::1/128"];
        }
        configure?.Invoke(options);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        StreamTestServer? server = null;
        builder.Services.AddSingleton<IStreamCallHandlerFactory>(new DelegateStreamCallHandlerFactory(metadata =>
        {
            var handler = (createHandler ?? (_ => new EchoStreamHandler()))(metadata);
            server!._handlers.Enqueue(handler);
            server._created.Release();
            return handler;
        }));
        var app = builder.Build();
        server = new StreamTestServer(app);
        app.UseMediaStreams(options);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("http://", "ws://"));
        return server;
    }

    public Uri Url(string path, string? query = null) => new(BaseUri, path + (query is null ? string.Empty : "?" + query));

    /// <summary>The next handler the server creates (in creation order).</summary>
    public async Task<T> NextHandlerAsync<T>() where T : StreamHandlerBase
    {
        if (!await _created.WaitAsync(TimeSpan.FromSeconds(10)))
            throw new TimeoutException("No stream handler was created.");
        Assert.True(_handlers.TryDequeue(out var handler));
        return Assert.IsType<T>(handler);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
