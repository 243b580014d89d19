using MediaCore.Inference.Text;
using MediaCore.Pipeline.BargeIn;
using MediaCore.Pipeline.Brains;
using MediaCore.Pipeline.Calls;
using MediaCore.Pipeline.Latency;

namespace MediaCore.Pipeline.Tests.Calls;

[Collection(PipelineEnginesCollection.Name)]
public sealed class CallPipelineConversationTests(PipelineEngines engines)
{
    private const string Hours = "what are your opening hours";
    private const string Menu = "tell me about the menu";
    private const string HoursReply = "We are open from nine in the morning to ten at night.";
    private const string MenuReply =
        "Our menu has butter chicken, paneer tikka and veg momos. We also serve masala chai and chicken thukpa. " +
        "Every dish is made fresh in our kitchen, and the portions are large enough to share with a friend.";

    internal static readonly string[] CallerLines = [Hours, Menu, "wait", "haan", "okay"];

    internal static RuleBrain Brain() => new(
    [
        new BrainRule("opening hours", HoursReply),
        new BrainRule("menu", MenuReply),
        new BrainRule("^wait", "Sure, take your time."),
    ]);

    internal static CallPipelineOptions Options(string greeting = "") => new()
    {
        Greeting = greeting,
        Recognition = new()
        {
            Language = "en", ExpectedPhrases = CallerLines,
            Pronunciations = new Dictionary<string, string> { ["haan"] = "HH AA N" },
        },
    };

    private readonly RecordingLog _log = new();

    private CallPipeline NewPipeline(IAgentBrain brain, CallPipelineOptions options, PipelineLatencyMetrics? metrics = null) =>
        new("test-call", engines.Silero.CreateDetector(16_000), engines.Stt, engines.Voice, brain, options, metrics, _log);

    [Fact]
    public async Task Caller_question_is_transcribed_answered_and_the_answer_is_intelligible()
    {
        var metrics = new PipelineLatencyMetrics();
        await using var pipeline = NewPipeline(Brain(), Options(greeting: "Hello, thanks for calling."), metrics);
        pipeline.Start();
        var loop = new TickLoop(pipeline);
        loop.UntilBotDone(quietFrames: 20);
        Assert.Contains(pipeline.History, m => m is { Role: ChatRole.Assistant, Content: "Hello, thanks for calling." });

        int greetingSamples = loop.BotAudio.Count;
        loop.Say(engines.Speak(Hours));
        loop.UntilBotDone();

        var history = pipeline.History;
        Assert.Contains(history, m => m is { Role: ChatRole.User, Content: Hours });
        Assert.Contains(history, m => m is { Role: ChatRole.Assistant, Content: HoursReply });
        var reply = loop.BotAudio.Skip(greetingSamples).ToArray();
        Assert.InRange(reply.Length / 16_000.0, 2.0, 8.0);
        var heard = engines.Transcribe(reply, ["we are open from nine in the morning to ten at night"]);
        Assert.Contains("open", heard);
        Assert.Contains("nine", heard);
        Assert.True(metrics.Summarize(LatencyStage.EndToEnd).Count >= 1);
        Assert.Equal(0, pipeline.DroppedTickPosts);
    }

    [Fact]
    public async Task Wait_during_bot_speech_cuts_it_within_the_deciding_tick_and_history_keeps_the_heard_part()
    {
        await using var pipeline = NewPipeline(Brain(), Options());
        pipeline.Start();
        var loop = new TickLoop(pipeline);
        loop.Silence(10);
        loop.Say(engines.Speak(Menu));
        Assert.True(loop.SilenceUntil(() => loop.Outbound[^1].Audio, 1_500), "the bot never started its reply");
        loop.Silence(75); // 1.5 s of the reply
        loop.Say(engines.Speak("wait"));
        long spoken = pipeline.TickCount;
        Assert.True(loop.SilenceUntil(() => pipeline.LastBargeInTick >= 0, 1_500), $"no barge-in:\n{_log}");
        long decision = pipeline.LastBargeInTick;
        // A stop word is trusted from its partial words: the bot stops before the caller's turn could even end (its
        // final words come after 700 ms of silence, 35 ticks).
        Assert.True(decision - spoken <= 30, $"decided {decision - spoken} ticks after \"wait\" ended:\n{_log}");
        loop.SilenceUntil(() => pipeline.History.Any(m => m.Content == "Sure, take your time."), 400);
        loop.UntilBotDone(quietFrames: 10, maxFrames: 500);

        // No old audio from the deciding tick on: the next audio is the reply to "wait".
        var afterDecision = loop.Outbound.Where(o => o.Tick >= decision).ToList();
        int firstAudio = afterDecision.FindIndex(o => o.Audio);
        Assert.True(firstAudio > 0, "bot audio in the deciding tick");
        var history = pipeline.History;
        var cut = Assert.Single(history, m => m is { Role: ChatRole.Assistant, Interrupted: true });
        Assert.NotEmpty(cut.Content);
        Assert.StartsWith(cut.Content, MenuReply);
        Assert.True(cut.Content.Length < MenuReply.Length / 2, $"cut text too long: {cut.Content}");
        Assert.Contains(history, m => m is { Role: ChatRole.User, Content: "wait" });
        int replyIndex = history.ToList().FindIndex(m => m.Content == "Sure, take your time.");
        Assert.True(replyIndex > history.ToList().IndexOf(cut));
    }

    [Theory]
    [InlineData("okay")]
    [InlineData("haan")]
    public async Task Backchannel_during_bot_speech_does_not_cut_it(string backchannel)
    {
        await using var pipeline = NewPipeline(Brain(), Options());
        pipeline.Start();
        var loop = new TickLoop(pipeline);
        loop.Silence(10);
        loop.Say(engines.Speak(Menu));
        Assert.True(loop.SilenceUntil(() => loop.Outbound[^1].Audio, 1_500), "the bot never started its reply");
        loop.Silence(75);
        loop.Say(engines.Speak(backchannel));
        loop.UntilBotDone(quietFrames: 60, maxFrames: 1_500);

        Assert.Equal(-1, pipeline.LastBargeInTick);
        var history = pipeline.History;
        Assert.Contains(history, m => m is { Role: ChatRole.Assistant, Content: MenuReply, Interrupted: false });
        Assert.Single(history, m => m.Role == ChatRole.User);
    }

    [Fact]
    public async Task A_backchannel_that_cut_the_bot_resumes_the_reply_from_the_cut_sentence()
    {
        const string reply = "Our momos are fresh today. We also serve masala chai and chicken thukpa. Ask me for prices.";
        var segments = SentenceChunker.Split(reply);
        int cutSegment = segments.ToList().FindIndex(s => s.StartsWith("We also", StringComparison.Ordinal));
        // VAD alone cuts the bot here (no words needed), so a "haan" does cut it: the recovery must undo that.
        var options = Options() with { BargeIn = new BargeInOptions { RequireWords = false, ResumeAfterFalseInterruption = true } };
        await using var pipeline = NewPipeline(new RuleBrain([new BrainRule("menu", reply)]), options);
        pipeline.Start();
        var loop = new TickLoop(pipeline);
        loop.Silence(10);
        loop.Say(engines.Speak(Menu));
        Assert.True(loop.SilenceUntil(() => loop.Outbound[^1].Audio, 1_500), "the bot never started its reply");
        int beforeCutFrames = segments.Take(cutSegment).Sum(s => engines.Speak(s).Length) / 320;
        loop.Silence(beforeCutFrames + 30); // into "We also serve…"
        loop.Say(engines.Speak("haan"));
        Assert.True(loop.SilenceUntil(() => pipeline.LastBargeInTick >= 0, 200), $"VAD did not cut the bot:\n{_log}");
        int cutAt = loop.BotAudio.Count;
        loop.UntilBotDone(quietFrames: 30, maxFrames: 1_500);

        Assert.True(_log.Lines.Any(l => l.Contains($"resumes from sentence {cutSegment} (\"We also serve", StringComparison.Ordinal)),
            $"no resume at the cut sentence:\n{_log}");
        // The resumed audio is the cut sentence and the rest, not the whole reply again.
        var resumed = (loop.BotAudio.Count - cutAt) / 16_000.0;
        var rest = segments.Skip(cutSegment).Sum(s => engines.Speak(s).Length) / 16_000.0;
        Assert.InRange(resumed, rest - 0.5, rest + 0.5);
        // The caller heard one whole reply: the history holds it once, uncut, and no turn for "haan".
        var history = pipeline.History;
        Assert.Equal([(ChatRole.User, Menu), (ChatRole.Assistant, reply)], history.Select(m => (m.Role, m.Content)));
        Assert.False(history[1].Interrupted);
    }
}
