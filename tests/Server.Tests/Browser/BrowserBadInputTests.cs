using System.Net.WebSockets;

namespace MediaCore.Server.Tests.Browser;

/// <summary>Bad input closes only the offending socket, with a status and a reason; a second call keeps echoing.</summary>
public sealed class BrowserBadInputTests
{
    public static TheoryData<string, WebSocketCloseStatus, string> Cases => new()
    {
        { "short-frame", WebSocketCloseStatus.InvalidPayloadData, "audio frames must be 640 bytes" },
        { "long-frame", WebSocketCloseStatus.InvalidPayloadData, "got 642" },
        { "garbage-text", WebSocketCloseStatus.InvalidPayloadData, "invalid control message: NotAnObject" },
        { "broken-json", WebSocketCloseStatus.InvalidPayloadData, "invalid control message: NotJson" },
        { "unknown-type", WebSocketCloseStatus.InvalidPayloadData, "invalid control message: UnknownType" },
        { "oversized", WebSocketCloseStatus.MessageTooBig, "message over 4096 bytes" },
        { "audio-before-start", WebSocketCloseStatus.PolicyViolation, "before audio" },
        { "second-start", WebSocketCloseStatus.PolicyViolation, "already started" },
        { "wrong-tenant", WebSocketCloseStatus.PolicyViolation, "different tenant" },
        { "played-beyond-sent", WebSocketCloseStatus.InvalidPayloadData, "out of range" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_closes_that_socket_with_a_reason_and_leaves_the_other_call_working(
        string kind, WebSocketCloseStatus status, string reason)
    {
        await using var server = await BrowserDemoServer.StartAsync();
        await using var healthy = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);
        await using var bad = await BrowserTestClient.ConnectAsync(server.BaseAddress, TestHandlerFactory.Echo);
        if (kind is not ("audio-before-start" or "wrong-tenant"))
            await bad.SendTextAsync("""{"type":"start","tenant":"himalayan-kitchen"}""");

        await SendBadInputAsync(bad, kind);
        var end = await bad.ReceiveUntilClosedAsync();

        Assert.Equal(status, end[^1].CloseStatus);
        Assert.Contains(reason, end[^1].CloseReason);
        Assert.Contains(end, m => m.Type == "state" && m.Json.GetProperty("state").GetString() == "error");
        await AssertStillEchoesAsync(healthy);
    }

    private static Task SendBadInputAsync(BrowserTestClient client, string kind) => kind switch
    {
        "short-frame" => client.SendBinaryAsync(new byte[100]),
        "long-frame" => client.SendBinaryAsync(new byte[642]),
        "garbage-text" => client.SendTextAsync("\"just a string\""),
        "broken-json" => client.SendTextAsync("{\"type\":\"start\",\"tenant\":"),
        "unknown-type" => client.SendTextAsync("""{"type":"reboot"}"""),
        "oversized" => client.SendTextAsync("{\"type\":\"dtmf\",\"pad\":\"" + new string('x', 10_000) + "\"}"),
        "audio-before-start" => client.SendBinaryAsync(new byte[640]),
        "second-start" => client.SendTextAsync("""{"type":"start","tenant":"himalayan-kitchen"}"""),
        "wrong-tenant" => client.SendTextAsync("""{"type":"start","tenant":"barge-in"}"""),
        "played-beyond-sent" => client.SendTextAsync("""{"type":"played","samples":999999}"""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Fact]
    public async Task Base64_audio_in_a_text_frame_is_rejected()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        await using var bad = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);

        await bad.SendTextAsync(Convert.ToBase64String(new byte[640]));
        var end = await bad.ReceiveUntilClosedAsync();

        Assert.Equal(WebSocketCloseStatus.InvalidPayloadData, end[^1].CloseStatus);
        Assert.StartsWith("invalid control message", end[^1].CloseReason);
    }

    [Fact]
    public async Task A_caller_that_vanishes_ends_only_its_own_call()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        await using var healthy = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);
        var vanishing = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);
        var vanishingHandler = server.Handler<EchoCallHandler>();

        vanishing.Socket.Abort();
        await BrowserCallSocketTests.WaitForAsync(() => vanishingHandler.StopReason is not null);

        Assert.Equal("connection lost", vanishingHandler.StopReason);
        await AssertStillEchoesAsync(healthy);
        await BrowserCallSocketTests.WaitForAsync(() => server.Host.Calls.Active == 1);
    }

    private static async Task AssertStillEchoesAsync(BrowserTestClient client)
    {
        var frame = BrowserCallSocketTests.SpeechFrames("en_jfk.wav", 1)[0];
        await client.SendBinaryAsync(frame);
        var echoed = await client.ReceiveUntilAsync(m => m.IsAudio);
        Assert.Equal(frame, echoed[^1].Bytes);
        Assert.Equal(WebSocketState.Open, client.Socket.State);
    }
}
