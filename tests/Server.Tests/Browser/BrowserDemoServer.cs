using MediaCore.Server.Browser;

namespace MediaCore.Server.Tests.Browser;

/// <summary>A real Kestrel on 127.0.0.1:0 (or another address) serving the demo with the test handlers.</summary>
internal sealed class BrowserDemoServer : IAsyncDisposable
{
    private BrowserDemoServer(BrowserDemoHost host, TestHandlerFactory handlers)
    {
        Host = host;
        Handlers = handlers;
    }

    public BrowserDemoHost Host { get; }

    public TestHandlerFactory Handlers { get; }

    public Uri BaseAddress => Host.BaseAddress;

    /// <param name="address">Where to listen (port 0); loopback unless a test exposes the demo.</param>
    public static async Task<BrowserDemoServer> StartAsync(string? token = null, int bargeInAfterFrames = 75, System.Net.IPAddress? address = null)
    {
        var handlers = new TestHandlerFactory { BargeInAfterFrames = bargeInAfterFrames };
        var options = new BrowserDemoOptions { Bind = new System.Net.IPEndPoint(address ?? System.Net.IPAddress.Loopback, 0), Token = token };
        var host = await BrowserDemoHost.StartAsync(options, TestHandlerFactory.Tenants, handlers);
        return new BrowserDemoServer(host, handlers);
    }

    public T Handler<T>() => Handlers.Created.OfType<T>().Last();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
