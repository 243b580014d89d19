using MediaCore.Server.Streams.Auth;
using MediaCore.Server.Streams.Exotel;
using MediaCore.Server.Streams.Plivo;
using MediaCore.Server.Streams.Twilio;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Streams.Hosting;

/// <summary>
/// Maps one WebSocket endpoint per provider ("{Path}" and "{Path}/{token}"). Needs an
/// <see cref="IStreamCallHandlerFactory"/> in the services; the tenant resolver defaults to
/// <see cref="DelegateTenantResolver.ByParameterOrDialedNumber"/>.
/// </summary>
public static class StreamEndpoints
{
    /// <summary>Adds the WebSockets middleware and maps the enabled provider endpoints.</summary>
    public static WebApplication UseMediaStreams(this WebApplication app, StreamsOptions options)
    {
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        app.MapMediaStreams(options);
        return app;
    }

    public static IEndpointRouteBuilder MapMediaStreams(this IEndpointRouteBuilder endpoints, StreamsOptions options)
    {
        Map(endpoints, options, options.Exotel, new ExotelProtocol());
        Map(endpoints, options, options.Plivo, new PlivoProtocol());
        Map(endpoints, options, options.Twilio, new TwilioProtocol());
        return endpoints;
    }

    private static void Map(IEndpointRouteBuilder endpoints, StreamsOptions options, StreamEndpointOptions endpoint, IStreamProtocol protocol)
    {
        if (!endpoint.Enabled || string.IsNullOrWhiteSpace(endpoint.Path))
            return;
        var services = endpoints.ServiceProvider;
        var handler = new StreamEndpointHandler(protocol, new StreamAccessPolicy(endpoint),
            services.GetRequiredService<IStreamCallHandlerFactory>(),
            services.GetService<IStreamTenantResolver>() ?? DelegateTenantResolver.ByParameterOrDialedNumber,
            options.MaxMessageBytes,
            services.GetRequiredService<ILoggerFactory>().CreateLogger($"MediaCore.Streams.{protocol.Provider}"));
        var path = endpoint.Path.TrimEnd('/');
        endpoints.Map(path, handler.HandleAsync);
        endpoints.Map(path + "/{" + StreamAccessPolicy.TokenRouteValue + "}", handler.HandleAsync);
    }
}
