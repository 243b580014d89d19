using System.Net;
using System.Net.Http.Headers;
using MediaCore.Server.Browser;
using MediaCore.Server.Hosting;
using MediaCore.Server.Tests.Hosting;
using MediaCore.Server.Tests.StreamsAgent;
using Microsoft.Extensions.Logging;

namespace MediaCore.Server.Tests.Browser;

/// <summary>
/// `serve` with its HTTP port on 0.0.0.0: the browser demo takes the control API's token (before, an exposed bind
/// had no token path and refused to start). Reached on the machine's own non-loopback address.
/// </summary>
[Collection(AgentStreamCollection.Name)]
public sealed class BrowserServeExposedTests(AgentStreamFixture fixture)
{
    [Fact]
    public async Task Serve_exposing_the_page_requires_the_control_api_token_for_tenants_and_calls()
    {
        using var temp = new TempFolder();
        var config = HostTestConfig.Create(temp, http: true) with { HttpListen = new IPEndPoint(IPAddress.Any, 0) };
        await using var host = await MediaCoreHost.StartAsync(new MediaCoreHostOptions
        {
            Config = config,
            Engines = fixture.Engines,
            Log = _ => { },
            ConfigureLogging = logging => logging.SetMinimumLevel(LogLevel.Warning),
        });
        var exposed = new Uri($"http://{BrowserExposedBindTests.MachineAddress()}:{host.Http!.Port}/");
        using var http = new HttpClient { BaseAddress = exposed, Timeout = TimeSpan.FromSeconds(10) };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/tenants")).StatusCode);
        using var withToken = new HttpRequestMessage(HttpMethod.Get, "/api/tenants")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", HostTestConfig.Token) },
        };
        using var listed = await http.SendAsync(withToken);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains("himalayan-kitchen", await listed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await BrowserAccessTests.AssertClosedForTokenAsync(await BrowserTestClient.ConnectAsync(exposed, "himalayan-kitchen", null, BrowserWire.SubProtocol));
        await using var call = await BrowserTestClient.ConnectAsync(exposed, "himalayan-kitchen", null,
            BrowserWire.SubProtocol, BrowserWire.BearerSubProtocolPrefix + HostTestConfig.Token);
        Assert.Equal("connecting", (await call.ReceiveAsync()).Json.GetProperty("state").GetString());
    }
}
