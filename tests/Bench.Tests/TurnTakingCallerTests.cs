using System.Diagnostics;
using MediaCore.Bench.Load.Agent;
using MediaCore.Bench.Load.Calls;
using MediaCore.Bench.Load.Rtp;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Tests;

/// <summary>The agent caller's turn-taking, driven frame by frame on a synthetic clock with a scripted bot (real flite lines).</summary>
public sealed class TurnTakingCallerTests
{
    private static readonly long FrameTicks = Stopwatch.Frequency / 50;

    [Fact]
    public async Task Waits_for_the_greeting_answers_after_each_reply_talks_over_and_gives_up_on_silence()
    {
        var script = await AgentCallerScript.VoiceAsync(3, bargeIn: true, G711Law.MuLaw, TimeSpan.FromSeconds(1));
        Assert.Equal([false, true, false], script.Lines.Select(l => l.TalkOver));
        var caller = new TurnTakingCaller(script);
        var bot = new List<(int From, int To)> { (10, 100) };   // the greeting, frames [from, to)
        long origin = Stopwatch.GetTimestamp();
        int done = -1;
        for (int frame = 0; frame < caller.MaxFrames && done < 0; frame++)
        {
            long now = origin + frame * FrameTicks;
            // The bot replies 50 frames after the first two lines end (a long reply, then a short one); the last line gets none.
            if (caller.Turns.Count is 1 or 2 && bot.Count == caller.Turns.Count && LineEnded(caller, script, frame))
                bot.Add((frame + 50, frame + 50 + (bot.Count == 1 ? 300 : 50)));
            // The talk-over stops the long reply 400 ms after its onset.
            if (caller.Turns.Count == 2 && bot[1].To > caller.Turns[1].FirstFrame + 20)
                bot[1] = (bot[1].From, caller.Turns[1].FirstFrame + 20);
            if (bot.Any(b => frame >= b.From && frame < b.To))
                caller.OnPacket(new ReceivedPacket(now, (ushort)frame, 0, 1, 0, false, 160, Audible: true));
            if (!caller.TryGetFrame(frame, now, out var payload))
                done = frame;
            else if (caller.Turns.Count > 0 && caller.Turns[^1] is var turn && frame - turn.FirstFrame < script.Lines[turn.Line].FrameCount)
                Assert.True(payload.SequenceEqual(script.Lines[turn.Line].Frame(frame - turn.FirstFrame)), $"frame {frame} is line {turn.Line}");
            else
                Assert.True(payload.SequenceEqual(script.Silence), $"frame {frame} is silence");
        }

        Assert.Equal(3, caller.Turns.Count);
        Assert.InRange(caller.Turns[0].FirstFrame, 100 + 39, 100 + 41);             // 800 ms of quiet after the greeting
        int replyStart = bot[1].From;
        Assert.Equal(replyStart + 50, caller.Turns[1].FirstFrame);                // talk-over 1 s into the reply
        Assert.True(caller.Turns[1].TalkOver);
        Assert.InRange(caller.Turns[2].FirstFrame, bot[2].To + 39, bot[2].To + 41); // after the short reply ended
        Assert.All(caller.Turns, t => Assert.Equal(t.FirstFrame + script.Lines[t.Line].LastVoicedFrame, t.LastVoicedFrame));
        int lastLineEnd = caller.Turns[2].FirstFrame + script.Lines[2].FrameCount;
        Assert.InRange(done, lastLineEnd + 599, lastLineEnd + 601);               // no reply to the last line: 12 s, then done
    }

    private static bool LineEnded(TurnTakingCaller caller, AgentCallerScript script, int frame) =>
        frame == caller.Turns[^1].FirstFrame + script.Lines[caller.Turns[^1].Line].FrameCount;
}
