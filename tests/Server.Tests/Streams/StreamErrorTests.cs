using System.Net;
using System.Net.WebSockets;
using System.Text;
using Xunit.Abstractions;

namespace MediaCore.Server.Tests.Streams;

/// <summary>Bad input closes only the offending stream, with a close status and reason; a healthy call on the same server carries on.</summary>
public sealed class StreamErrorTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Bad_streams_are_closed_with_a_reason_while_a_good_stream_keeps_working()
    {
        await using var server = await StreamTestServer.StartAsync();
        await using var good = new TwilioTestClient();
        await good.ConnectAsync(server);
        await good.SendTextAsync(good.ConnectedJson());
        await good.SendStartAsync();
        var speech = SpeechSignals.Load("en_jfk.wav", good.Rate, seconds: 3.0);
        var talking = good.SendSpeechAsync(speech);

        await ExpectClose(server, new ExotelTestClient(), WebSocketCloseStatus.InvalidPayloadData, "malformed JSON",
            c => c.SendTextAsync("""{"event":"media","stream_sid":"x","media":{"payload":"AAAA" """));
        await ExpectClose(server, new ExotelTestClient(), WebSocketCloseStatus.InvalidPayloadData, "not a JSON object",
            c => c.SendTextAsync("[1,2,3]"));
        await ExpectClose(server, new PlivoTestClient(), WebSocketCloseStatus.InvalidPayloadData, "invalid base64",
            c => c.SendTextAsync($$$"""{"event":"media","streamId":"{{{c.StreamId}}}","media":{"track":"inbound","payload":"!!not*base64##"}}"""));
        await ExpectClose(server, new ExotelTestClient(), WebSocketCloseStatus.InvalidPayloadData, "whole number of samples",
            c => c.SendTextAsync($$$"""{"event":"media","stream_sid":"{{{c.StreamId}}}","media":{"payload":"AAAA"}}"""));
        await ExpectClose(server, new ExotelTestClient(rate: 11_025), WebSocketCloseStatus.PolicyViolation, "unsupported media format", _ => Task.CompletedTask);
        await ExpectClose(server, new PlivoTestClient(rate: 8_000, contentType: "audio/x-opus"), WebSocketCloseStatus.PolicyViolation, "unsupported media format", _ => Task.CompletedTask);
        await ExpectClose(server, new PlivoTestClient(rate: 16_000, contentType: "audio/x-mulaw"), WebSocketCloseStatus.PolicyViolation, "unsupported media format", _ => Task.CompletedTask);
        await ExpectClose(server, new ExotelTestClient(), WebSocketCloseStatus.MessageTooBig, "larger than",
            c => c.SendTextAsync($$$"""{"event":"media","stream_sid":"{{{c.StreamId}}}","media":{"payload":"{{{new string('A', 20_000)}}}"}}"""));
        await ExpectClose(server, new ExotelTestClient(), WebSocketCloseStatus.InvalidMessageType, "binary",
            c => c.Socket.SendAsync(new byte[320], WebSocketMessageType.Binary, true, CancellationToken.None));
        await ExpectClose(server, new TwilioTestClient(), WebSocketCloseStatus.PolicyViolation, "media before start",
            c => c.SendTextAsync($$$"""{"event":"media","streamSid":"{{{c.StreamId}}}","media":{"payload":"{{{c.EncodeBase64(new short[160])}}}"}}"""),
            sendStart: false);

        await talking;
        await ProviderStreamTests.WaitUntilAsync(() => good.ReceivedPcm().Length >= speech.Length, TimeSpan.FromSeconds(3));
        Assert.False(good.Closed.IsCompleted, "the healthy stream must stay open");
        var (correlation, _) = EnvelopeCorrelation.Best(speech, good.ReceivedPcm(), good.Rate, maxLagFrames: 50);
        output.WriteLine($"healthy stream correlation {correlation:F3} while 10 bad streams were closed");
        Assert.True(correlation >= 0.9, $"healthy stream correlation {correlation:F3}");
    }

    [Fact]
    public async Task Unknown_events_are_ignored_and_the_stream_keeps_echoing()
    {
        await using var server = await StreamTestServer.StartAsync();
        await using var client = new ExotelTestClient();
        await client.ConnectAsync(server);
        await client.SendTextAsync("""{"event":"connected"}""");
        await client.SendStartAsync();
        await client.SendTextAsync($$$"""{"event":"heartbeat","stream_sid":"{{{client.StreamId}}}","extra":{"nested":[1,2,{"a":null}]}}""");
        await client.SendTextAsync($$$"""{"event":"transcript","stream_sid":"{{{client.StreamId}}}","text":"hello"}""");
        await client.SendTextAsync($$$"""{"event":"mark","stream_sid":"{{{client.StreamId}}}","mark":{"name":"someone-elses-mark"}}""");
        await client.SendSpeechAsync(SpeechSignals.Load("en_jfk.wav", client.Rate, seconds: 1.0));
        await ProviderStreamTests.WaitUntilAsync(() => client.ReceivedPcm().Length >= client.Rate * 8 / 10, TimeSpan.FromSeconds(3));
        Assert.False(client.Closed.IsCompleted);
    }

    [Theory]
    [InlineData(null, null, HttpStatusCode.Unauthorized)]
    [InlineData("token=wrong", null, HttpStatusCode.Unauthorized)]
    [InlineData(null, "Basic bWVkaWE6d3Jvbmc=", HttpStatusCode.Unauthorized)]   // media:wrong
    public async Task Unauthenticated_upgrades_are_refused_before_accepting(string? query, string? authorization, HttpStatusCode expected)
    {
        await using var server = await StreamTestServer.StartAsync(configure: o => (o.Exotel.BasicUser, o.Exotel.BasicPassword) = ("media", "core"));
        await using var client = new ExotelTestClient();
        if (authorization is not null)
            client.Socket.Options.SetRequestHeader("Authorization", authorization);
        await Assert.ThrowsAsync<WebSocketException>(() => client.ConnectAsync(server, query));
        Assert.Equal(expected, client.Socket.HttpStatusCode);
    }

    [Theory]
    [InlineData("/streams/exotel", null, "Basic bWVkaWE6Y29yZQ==")]   // media:core, as Exotel sends wss://media:core@host/...
    [InlineData("/streams/twilio/s3cret-token", null, null)]           // Twilio's <Stream url> takes no query string
    [InlineData("/streams/plivo", null, "Bearer s3cret-token")]
    public async Task Token_in_path_header_or_basic_auth_is_accepted(string path, string? query, string? authorization)
    {
        await using var server = await StreamTestServer.StartAsync(configure: o => (o.Exotel.BasicUser, o.Exotel.BasicPassword) = ("media", "core"));
        using var socket = new ClientWebSocket();
        if (authorization is not null)
            socket.Options.SetRequestHeader("Authorization", authorization);
        await socket.ConnectAsync(server.Url(path, query), CancellationToken.None);
        Assert.Equal(WebSocketState.Open, socket.State);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    [Fact]
    public async Task Upgrades_from_outside_the_allow_list_are_forbidden()
    {
        await using var server = await StreamTestServer.StartAsync(configure: o => o.Plivo.AllowedNetworks = ["10.0.0.0/8", "192.168.1.0/24"]);
        await using var client = new PlivoTestClient();
        await Assert.ThrowsAsync<WebSocketException>(() => client.ConnectAsync(server));
        Assert.Equal(HttpStatusCode.Forbidden, client.Socket.HttpStatusCode);
    }

    [Fact]
    public async Task Unknown_tenant_closes_the_stream()
    {
        await using var server = await StreamTestServer.StartAsync();
        await ExpectClose(server, new TwilioTestClient(), WebSocketCloseStatus.PolicyViolation, "no tenant",
            c => c.SendTextAsync(c.StartJson("+1", "")), sendStart: false);
    }

    private async Task ExpectClose(StreamTestServer server, ProviderTestClient client, WebSocketCloseStatus status, string reason,
        Func<ProviderTestClient, Task> misbehave, bool sendStart = true)
    {
        await using var _ = client;
        await client.ConnectAsync(server);
        if (sendStart)
            await client.SendStartAsync();
        await misbehave(client);
        var (closeStatus, description) = await client.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        output.WriteLine($"{client.Path}: closed {(int?)closeStatus} '{description}'");
        Assert.Equal(status, closeStatus);
        Assert.Contains(reason, description ?? string.Empty, StringComparison.OrdinalIgnoreCase);
    }
}
