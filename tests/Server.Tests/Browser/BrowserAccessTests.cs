using System.Net;
using MediaCore.Server.Browser;

namespace MediaCore.Server.Tests.Browser;

/// <summary>Origin and tenant checks happen before the WebSocket upgrade, the token check right after it (a close with a reason); the page itself is public and self-contained.</summary>
public sealed class BrowserAccessTests
{
    private const string Token = "demo-token-7f3a";

    [Fact]
    public async Task With_a_token_configured_tenants_and_calls_need_it()
    {
        await using var server = await BrowserDemoServer.StartAsync(Token);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/tenants")).StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/api/tenants") { Headers = { Authorization = new("Bearer", "nope") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
        using var right = new HttpRequestMessage(HttpMethod.Get, "/api/tenants") { Headers = { Authorization = new("Bearer", Token) } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(right)).StatusCode);

        // A socket without the right token is told why (close 1008 + reason) before any call exists.
        await AssertClosedForTokenAsync(await BrowserTestClient.ConnectAsync(server.BaseAddress, TestHandlerFactory.Echo));
        await AssertClosedForTokenAsync(await BrowserTestClient.ConnectAsync(server.BaseAddress, TestHandlerFactory.Echo, "&access_token=demo-token-7f3b"));
        await AssertClosedForTokenAsync(await BrowserTestClient.ConnectAsync(
            server.BaseAddress, TestHandlerFactory.Echo, null, BrowserWire.SubProtocol, BrowserWire.BearerSubProtocolPrefix + "x"));
        Assert.Empty(server.Handlers.Created);
        Assert.Equal(0, server.Host.Calls.Total);

        await using var byQuery = await BrowserTestClient.ConnectAsync(server.BaseAddress, TestHandlerFactory.Echo, "&access_token=" + Token);
        Assert.Equal("connecting", (await byQuery.ReceiveAsync()).Json.GetProperty("state").GetString());
        await using var byProtocol = await BrowserTestClient.ConnectAsync(
            server.BaseAddress, TestHandlerFactory.Echo, null, BrowserWire.SubProtocol, BrowserWire.BearerSubProtocolPrefix + Token);
        Assert.Equal(BrowserWire.SubProtocol, byProtocol.Socket.SubProtocol);
        Assert.Equal("connecting", (await byProtocol.ReceiveAsync()).Json.GetProperty("state").GetString());
    }

    internal static async Task AssertClosedForTokenAsync(BrowserTestClient client)
    {
        await using (client)
        {
            var close = await client.ReceiveAsync();
            Assert.True(close.IsClose, close.ToString());
            Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, close.CloseStatus);
            Assert.Equal(BrowserDemoEndpoints.TokenRequiredReason, close.CloseReason);
        }
    }

    [Fact]
    public async Task Loopback_without_a_token_lists_the_tenants_as_json()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var json = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/tenants")).RootElement;

        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal("himalayan-kitchen", json[0].GetProperty("id").GetString());
        Assert.Equal("Himalayan Kitchen", json[0].GetProperty("name").GetString());
        Assert.Equal("restaurant", json[0].GetProperty("kind").GetString());
        Assert.Equal(["en", "hi", "ne"], json[0].GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task Unknown_tenant_cross_origin_and_plain_http_are_refused_before_the_upgrade()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        Assert.Equal(404, (await Assert.ThrowsAsync<RefusedException>(() => BrowserTestClient.ConnectAsync(server.BaseAddress, "no-such-tenant"))).Status);
        Assert.Equal(400, (await Assert.ThrowsAsync<RefusedException>(() => BrowserTestClient.ConnectAsync(server.BaseAddress, ""))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("/call/ws?tenant=himalayan-kitchen")).StatusCode);
        using var crossSite = new System.Net.WebSockets.ClientWebSocket();
        crossSite.Options.SetRequestHeader("Origin", "https://evil.example");
        crossSite.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() =>
            crossSite.ConnectAsync(new Uri($"ws://{server.BaseAddress.Authority}/call/ws?tenant=himalayan-kitchen"), CancellationToken.None));
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.HttpStatusCode);
    }

    [Fact]
    public void A_non_loopback_bind_without_a_token_is_refused()
    {
        var exposed = new BrowserDemoOptions { Bind = new IPEndPoint(IPAddress.Any, 8080) };
        Assert.True(exposed.RequiresToken);
        Assert.Contains("no control API token", exposed.Validate());
        Assert.Null(new BrowserDemoOptions { Bind = exposed.Bind, Token = Token }.Validate());
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 8080), new BrowserDemoOptions().Bind);
        Assert.False(new BrowserDemoOptions().RequiresToken);
    }

    [Theory]
    [InlineData("/", "text/html", "<title>MediaCore")]
    [InlineData("/app.js", "text/javascript", "__mediacoreStats")]
    [InlineData("/audio-worklet.js", "text/javascript", "registerProcessor")]
    [InlineData("/styles.css", "text/css", "focus-visible")]
    public async Task The_page_is_served_from_the_assembly_with_a_strict_policy_and_no_outside_assets(string path, string type, string marker)
    {
        await using var server = await BrowserDemoServer.StartAsync(Token); // public even with a token: it holds no data
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(marker, body);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("http://", body);
        Assert.DoesNotContain("https://", body);
        Assert.DoesNotContain("//cdn", body);
    }
}
