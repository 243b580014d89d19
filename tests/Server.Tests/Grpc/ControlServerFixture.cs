using MediaCore.Server.Client;
using MediaCore.Server.Control;
using MediaCore.Server.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.Grpc;

/// <summary>A real control server on 127.0.0.1 (ephemeral port) over a simulated call layer and in-memory tenants.</summary>
public sealed class ControlServerFixture : IAsyncLifetime
{
    public const string Token = "test-token-5f2c";
    public CallEventHub Events { get; } = new();
    public InMemoryTenantCatalog Tenants { get; } = new();
    public SimulatedCallControl Calls { get; }
    public CapturingLoggerProvider Logs { get; } = new();
    public ControlServer Server { get; private set; } = null!;
    public Uri Address => new($"http://127.0.0.1:{Server.Port}");

    public ControlServerFixture() => Calls = new SimulatedCallControl(Events);

    public ControlApiClient CreateClient(string? token = Token) => new(Address, token);

    public async Task InitializeAsync() => Server = await StartAsync(Calls, Tenants, Events, Logs);

    public static Task<ControlServer> StartAsync(ICallControl calls, ITenantCatalog tenants, CallEventHub events, CapturingLoggerProvider logs,
        string? token = Token, string? tokenFile = null) =>
        ControlServer.StartAsync(new ControlServerOptions
        {
            Port = 0,
            Token = token,
            TokenFile = tokenFile ?? Path.Combine(Path.GetTempPath(), "mediacore-tests-unused.token"),
            ConfigureLogging = logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug),
        }, calls, tenants, events);

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
