using System.Net.WebSockets;
using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;
using MediaCore.Server.Browser;

namespace MediaCore.Server.Tests.Browser;

/// <summary>The browser call WebSocket against a real Kestrel: audio both ways, barge-in flush, control events.</summary>
public sealed class BrowserCallSocketTests
{
    [Fact]
    public async Task Real_speech_frames_come_back_byte_for_byte_through_the_echo_handler()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        await using var client = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);
        var frames = SpeechFrames("en_jfk.wav", count: 40);

        var echoed = new List<byte[]>();
        var controls = new List<ServerMessage>();
        var receiving = Task.Run(async () =>
        {
            while (echoed.Count < frames.Count)
            {
                var message = await client.ReceiveAsync();
                Assert.False(message.IsClose, message.ToString());
                if (message.IsAudio)
                    echoed.Add(message.Bytes);
                else
                    controls.Add(message);
            }
        });
        foreach (var frame in frames)
            await client.SendBinaryAsync(frame);
        await receiving;

        Assert.Equal(frames.Count, echoed.Count);
        for (var i = 0; i < frames.Count; i++)
            Assert.Equal(frames[i], echoed[i]);
        Assert.True(frames.Sum(f => f.Count(b => b != 0)) > frames.Count * 100, "the frames carry speech, not silence");
        var types = controls.Select(c => c.Type).ToList();
        Assert.Contains("language", types);
        Assert.Contains("reply", types);
        Assert.Contains("latency", types);
        Assert.Contains(controls, c => c.Type == "transcript" && c.Json.GetProperty("final").GetBoolean());
        Assert.Contains(controls, c => c.Type == "state" && c.Json.GetProperty("state").GetString() == "speaking");
        var handler = server.Handler<EchoCallHandler>();
        Assert.Equal(frames.Count, handler.FramesIn);
        Assert.Equal("himalayan-kitchen", handler.Metadata!.TenantId);
        Assert.Equal(MediaCore.Server.Streams.StreamProvider.Browser, handler.Metadata.Provider);
        Assert.Equal(16000, handler.Metadata.SampleRate);
    }

    [Fact]
    public async Task Clear_sends_flush_at_once_and_no_audio_after_it()
    {
        await using var server = await BrowserDemoServer.StartAsync(bargeInAfterFrames: 30);
        await using var client = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.BargeIn);

        var beforeFlush = await client.ReceiveUntilAsync(m => m.Type == "flush");
        await client.SendTextAsync("""{"type":"played","samples":3200}""");
        // The tone handler says nothing after its barge-in; give the pacer ~25 ticks to prove it sends nothing stale.
        await Task.Delay(500);
        await client.SendTextAsync("""{"type":"hangup"}""");
        var afterFlush = await client.ReceiveUntilClosedAsync();

        var audioBefore = beforeFlush.Count(m => m.IsAudio);
        Assert.InRange(audioBefore, 1, 30);
        Assert.Contains(beforeFlush.Concat(afterFlush), m => m.Type == "bargein");
        Assert.DoesNotContain(afterFlush, m => m.IsAudio);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, afterFlush[^1].CloseStatus);
        Assert.Contains(afterFlush, m => m.Type == "state" && m.Json.GetProperty("state").GetString() == "ended");
        Assert.Equal(1, server.Handler<ToneCallHandler>().ClearsSent);
    }

    [Fact]
    public async Task Dtmf_and_playout_marks_reach_the_handler_and_hangup_ends_the_call()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        await using var client = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);
        foreach (var frame in SpeechFrames("en_jfk.wav", count: 5))
            await client.SendBinaryAsync(frame);
        await client.ReceiveUntilAsync(m => m.IsAudio);
        await client.SendTextAsync("""{"type":"dtmf","digit":"5"}""");
        await client.SendTextAsync("""{"type":"played","samples":320}""");
        await client.SendTextAsync("""{"type":"hangup"}""");
        var end = await client.ReceiveUntilClosedAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, end[^1].CloseStatus);
        Assert.Equal("caller hung up", end[^1].CloseReason);
        var handler = server.Handler<EchoCallHandler>();
        Assert.Equal(['5'], handler.Digits);
        Assert.Equal(320, Assert.Single(handler.Marks).PlayedSamples);
        await WaitForAsync(() => handler.StopReason is not null);
        Assert.Equal("caller hung up", handler.StopReason);
        await WaitForAsync(() => server.Host.Calls.Active == 0);
    }

    [Fact]
    public async Task A_handler_hangup_ends_the_call_with_its_reason()
    {
        await using var server = await BrowserDemoServer.StartAsync();
        await using var client = await BrowserTestClient.StartCallAsync(server.BaseAddress, TestHandlerFactory.Echo);
        server.Handler<EchoCallHandler>().RequestHangup();

        var end = await client.ReceiveUntilClosedAsync();

        Assert.Equal(WebSocketCloseStatus.NormalClosure, end[^1].CloseStatus);
        Assert.Contains(end, m => m.Type == "state" && m.Json.GetProperty("reason").GetString() == "the agent ended the call");
    }

    internal static List<byte[]> SpeechFrames(string file, int count)
    {
        var audio = WavReader.Read(TestPaths.Audio(file)).ToMono();
        var samples = audio.Samples;
        if (audio.SampleRate != BrowserWire.SampleRate)
        {
            var resampler = new Resampler(audio.SampleRate, BrowserWire.SampleRate);
            var output = new short[resampler.MaxOutputSamples(samples.Length)];
            samples = output[..resampler.Process(samples, output)];
        }
        // Skip the leading half second (often near-silence) so the frames carry speech.
        return Enumerable.Range(0, count)
            .Select(i => BrowserTestClient.Frame(samples.AsSpan(8000 + i * BrowserWire.FrameSamples, BrowserWire.FrameSamples)))
            .ToList();
    }

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition(), "condition not met within 5 s");
    }
}
