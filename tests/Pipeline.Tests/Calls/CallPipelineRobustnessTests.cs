using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Brains.OpenAi;
using MediaCore.Pipeline.Calls;

namespace MediaCore.Pipeline.Tests.Calls;

[Collection(PipelineEnginesCollection.Name)]
public sealed class CallPipelineRobustnessTests(PipelineEngines engines)
{
    [Fact]
    public async Task Llm_down_speaks_the_fallback_line_and_the_call_goes_on()
    {
        using var http = new HttpClient();
        var brain = new OpenAiChatBrain(http, new OpenAiChatOptions
        {
            BaseUrl = $"http://127.0.0.1:{Brains.FakeOpenAiServer.FreePort()}/v1", FallbackLine = "Sorry, I am having trouble right now.",
        });
        await using var pipeline = new CallPipeline("down", engines.Silero.CreateDetector(16_000), engines.Stt, engines.Voice, brain,
            CallPipelineConversationTests.Options());
        pipeline.Start();
        var loop = new TickLoop(pipeline);
        loop.Silence(10);
        loop.Say(engines.Speak("what are your opening hours"));
        loop.UntilBotDone(quietFrames: 20, maxFrames: 1_500);

        Assert.Contains(pipeline.History, m => m is { Role: ChatRole.Assistant, Content: "Sorry, I am having trouble right now." });
        Assert.True(loop.BotAudio.Count > 16_000, "the fallback line was not heard");
        loop.Silence(5); // still ticking, nothing thrown
    }

    [Fact]
    public async Task The_tick_path_allocates_nothing_idle_or_while_playing()
    {
        await using var pipeline = new CallPipeline("alloc", engines.Silero.CreateDetector(16_000), engines.Stt, engines.Voice,
            CallPipelineConversationTests.Brain(),
            CallPipelineConversationTests.Options(greeting: "Hello and welcome. This call may be recorded for quality and training purposes. How can I help you today?"));
        var silence = new short[320];
        var output = new short[320];
        pipeline.Start();
        // Wait for the greeting to start and be well buffered ahead of the tick.
        for (int i = 0; i < 500 && !pipeline.FillOutboundFrame(output); i++)
        {
            pipeline.OnInboundFrame(silence, 16_000);
            Thread.Sleep(10);
        }
        // 120 frames must wait in the playout queue before the unpaced loop below drains 120: on a loaded box the
        // synthesis of the greeting can lag, and a fixed sleep then ran the queue dry mid-measurement.
        for (int i = 0; i < 1_000 && pipeline.QueueDepths.PlayoutFrames < 120; i++)
            Thread.Sleep(10);
        for (int i = 0; i < 20; i++)
            Tick();

        long before = GC.GetAllocatedBytesForCurrentThread();
        int played = 0;
        for (int i = 0; i < 100; i++)
            played += Tick() ? 1 : 0;
        long playing = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, played);

        // Drain the whole greeting: the TTS worker may still be synthesising its later sentences, so idle means a
        // second of empty ticks with no sentence waiting, not the first empty tick.
        for (int quiet = 0; quiet < 50;)
        {
            if (Tick() || pipeline.QueueDepths.SpeechSegments > 0)
                quiet = 0;
            else
            {
                quiet++;
                Thread.Sleep(20);
            }
        }
        before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 200; i++)
            Assert.False(Tick());
        long idle = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal((0L, 0L), (playing, idle));

        bool Tick()
        {
            pipeline.OnInboundFrame(silence, 16_000);
            return pipeline.FillOutboundFrame(output);
        }
    }
}
