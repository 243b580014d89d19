using MediaCore.Media.Frames;
using MediaCore.Media.Handlers;
using MediaCore.Media.Wav;

namespace MediaCore.Media.Tests.Handlers;

public sealed class CallHandlerTests
{
    private static short[] Frame(int rate, short value) => Enumerable.Repeat(value, AudioFrame.SamplesPerFrame(rate)).ToArray();

    [Fact]
    public void Echo_returns_each_frame_after_the_delay_and_nothing_before()
    {
        var echo = new EchoHandler(SampleRates.Narrowband, delayFrames: 2);
        var output = new short[160];
        var heard = new List<short>();
        for (short i = 1; i <= 6; i++)
        {
            echo.OnInboundFrame(Frame(8000, i), 8000);
            heard.Add(echo.FillOutboundFrame(output) ? output[0] : (short)0);
        }
        Assert.Equal(new short[] { 0, 0, 1, 2, 3, 4 }, heard);
    }

    [Fact]
    public void Echo_reports_silence_as_no_audio()
    {
        var echo = new EchoHandler(SampleRates.Narrowband, delayFrames: 0);
        var output = new short[160];
        echo.OnInboundFrame(Frame(8000, 0), 8000);
        Assert.False(echo.FillOutboundFrame(output));
        echo.OnInboundFrame(Frame(8000, 5), 8000);
        Assert.True(echo.FillOutboundFrame(output));
        Assert.All(output, s => Assert.Equal(5, s));
    }

    [Fact]
    public void Wav_player_plays_real_speech_resampled_then_stops_or_loops()
    {
        var speech = WavReader.Read(TestPaths.Audio("en_jfk.wav")).ToMono();
        var clip = new WavAudio(speech.SampleRate, 1, speech.Samples.AsSpan(0, speech.SampleRate / 2).ToArray()); // 0.5 s
        var player = new WavPlayerHandler(clip, SampleRates.Narrowband);
        Assert.InRange(player.Clip.Length, 3990, 4010);   // 0.5 s at 8 kHz
        var frame = new short[160];
        int frames = 0;
        while (player.FillOutboundFrame(frame))
            frames++;
        Assert.Equal((player.Clip.Length + 159) / 160, frames);
        Assert.True(player.Finished);

        var looping = new WavPlayerHandler(clip, SampleRates.Narrowband, loop: true);
        for (int i = 0; i < frames * 3; i++)
            Assert.True(looping.FillOutboundFrame(frame));
        Assert.False(looping.Finished);
    }

    [Fact]
    public void Recorder_keeps_what_it_hears_up_to_its_capacity()
    {
        var recorder = new PcmRecorder(SampleRates.Narrowband, TimeSpan.FromMilliseconds(50));
        var player = new WavPlayerHandler(new WavAudio(8000, 1, []), SampleRates.Narrowband, recorder: recorder);
        for (short i = 1; i <= 3; i++)
            player.OnInboundFrame(Frame(8000, i), 8000);
        var audio = recorder.ToWavAudio();
        Assert.Equal(400, audio.Samples.Length);
        Assert.Equal(80, recorder.DroppedSamples);
        Assert.Equal(3, audio.Samples[^1]);
    }
}
