using MediaCore.Bench.Load.Audio;
using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Tests;

public sealed class CallerScriptTests
{
    private static readonly SpeechClip Clip = SpeechClip.Load(TestPaths.Audio("en_osr_us_000_0034_8k.wav"));

    [Fact]
    public void Speech_then_silence_then_talk_over_at_the_offsets()
    {
        var script = new CallerScript(Clip, G711Law.MuLaw, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(8),
            [TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(1)], TimeSpan.FromSeconds(1));
        Assert.Equal(400, script.FrameCount);
        Assert.Equal(150, script.SpeechFrames);
        Assert.Equal([250], script.TalkOverFrames);                      // an offset inside the opening speech is ignored
        Assert.InRange(script.LastVoicedFrame, 100, 149);
        Assert.True(FrameLevel.IsAudible(script.Payload(script.LastVoicedFrame), G711Law.MuLaw));
        Assert.All(Enumerable.Range(150, 100), f => Assert.Equal(0, FrameLevel.MeanAbsolute(script.Payload(f), G711Law.MuLaw)));
        Assert.True(Enumerable.Range(250, 50).Count(f => FrameLevel.IsAudible(script.Payload(f), G711Law.MuLaw)) > 10);
        Assert.All(Enumerable.Range(300, 100), f => Assert.False(script.IsSpeaking(f)));
    }

    [Fact]
    public void The_clip_is_8_khz_whole_frames_of_real_speech()
    {
        Assert.Equal(0, Clip.Samples.Length % SpeechClip.FrameSamples);
        Assert.True(Clip.Duration > TimeSpan.FromSeconds(10));
        Assert.Contains(Enumerable.Range(0, Clip.FrameCount), f => Clip.Frame(f).ToArray().Max(s => Math.Abs((int)s)) > 3000);
    }
}
