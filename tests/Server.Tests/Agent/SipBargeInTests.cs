using System.Diagnostics;
using MediaCore.Inference.Tts;
using MediaCore.Pipeline.Brains;
using MediaCore.Server.Agent;
using MediaCore.Server.Demo;

namespace MediaCore.Server.Tests.Agent;

/// <summary>Barge-in through real SIP/RTP: the scripted caller says "wait" over a long reply.</summary>
public sealed class SipBargeInTests
{
    private const string LongReply =
        "Our menu has butter chicken, paneer tikka and veg momos. We also serve masala chai and chicken thukpa. " +
        "Every dish is made fresh in our kitchen, and the portions are large enough to share with a friend.";

    // The caller hears through its own jitter buffer (40 ms minimum, adaptive) and one packet may be in flight: the
    // bound is the one 20 ms frame the pipeline allows plus that documented slack.
    private const double FrameMs = 20;
    private const double PacketAndJitterSlackMs = 20 + 100;

    [Fact]
    public async Task Caller_talking_over_a_long_reply_stops_bot_audio_within_a_frame_of_the_decision()
    {
        using var engines = AgentEngines.CreateDefault(Path.Combine(TestPaths.SharedDir, "models"));
        var agent = new AgentCallHandlerFactory(engines, new AgentOptions
        {
            BrainFactory = _ => new RuleBrain([new BrainRule("menu", LongReply), new BrainRule("^wait", "Sure, take your time.")]),
            ExtraPhrases = ["tell me about the menu", "wait"],
        });
        long decision = 0;
        agent.Events.BargeIn += (_, _, timestamp) => Interlocked.CompareExchange(ref decision, timestamp, 0);
        using var voice = new FliteVoice(FliteVoiceId.Kal16);
        var runner = new DemoRunner(agent, voice, TextWriter.Null);

        var result = await runner.RunAsync(["tell me about the menu", "> wait"], wavPath: null, stereo: false, TimeSpan.FromSeconds(45));

        Assert.Contains("tell me about the menu", result.Recognised);
        Assert.NotEqual(0, Interlocked.Read(ref decision));
        var caller = runner.Caller!;
        long lastBotFrame = LastVoicedFrameOfCutReply(caller, decision, out int framesAfter);
        var lag = Stopwatch.GetElapsedTime(decision, lastBotFrame).TotalMilliseconds;
        Assert.True(lastBotFrame < decision || lag <= FrameMs + PacketAndJitterSlackMs,
            $"bot audio still arrived {lag:F0} ms ({framesAfter} frames) after the barge-in decision");
    }

    /// <summary>The last voiced inbound frame of the run that was playing when the decision was made.</summary>
    private static long LastVoicedFrameOfCutReply(ScriptedCaller caller, long decision, out int framesAfter)
    {
        long last = 0;
        framesAfter = 0;
        int quiet = 0;
        for (int i = 0; i < caller.FrameCount; i++)
        {
            var (timestamp, level) = caller.Frame(i);
            if (timestamp < decision)
                continue;
            if (level >= caller.SpeechLevel)
            {
                if (quiet >= 5)
                    break; // a new bot turn (the reply to "wait"), not the cut one
                last = timestamp;
                framesAfter++;
                quiet = 0;
            }
            else
                quiet++;
        }
        return last == 0 ? decision - 1 : last;
    }
}
