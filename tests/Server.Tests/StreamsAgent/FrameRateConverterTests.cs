using MediaCore.Server.Streams.Agent;
using MediaCore.Server.Tests.Streams;

namespace MediaCore.Server.Tests.StreamsAgent;

public sealed class FrameRateConverterTests
{
    [Theory]
    [InlineData(8_000, 16_000)]
    [InlineData(16_000, 8_000)]
    [InlineData(16_000, 16_000)]
    [InlineData(24_000, 16_000)]
    [InlineData(44_100, 16_000)]
    public void Every_input_frame_yields_one_whole_output_frame_after_at_most_one_frame_of_delay(int from, int to)
    {
        var converter = new FrameRateConverter(from, to);
        var input = new short[converter.InputFrameSamples];
        var output = new short[converter.OutputFrameSamples];
        int taken = 0;
        for (int i = 0; i < 500; i++)
        {
            converter.Push(input);
            while (converter.TryTake(output))
                taken++;
            Assert.InRange(i + 1 - taken, 0, 1);
        }
    }

    [Fact]
    public void Real_speech_survives_8k_to_16k_frame_by_frame()
    {
        var speech = SpeechSignals.Load("en_jfk.wav", 8_000, 3.0);
        var converter = new FrameRateConverter(8_000, 16_000);
        var frame = new short[320];
        var converted = new List<short>();
        for (int offset = 0; offset + 160 <= speech.Length; offset += 160)
        {
            converter.Push(speech.AsSpan(offset, 160));
            while (converter.TryTake(frame))
                converted.AddRange(frame);
        }
        var reference = AgentStreamFixture.Resample(speech, 8_000, 16_000);
        Assert.Equal(reference.Length - reference.Length % 320, converted.Count);
        Assert.Equal(reference[..converted.Count], converted); // same filter, same state: identical to one long call
    }

    [Fact]
    public void Reset_drops_carried_audio()
    {
        var converter = new FrameRateConverter(44_100, 16_000);
        var input = new short[converter.InputFrameSamples];
        Array.Fill(input, (short)1000);
        converter.Push(input);
        converter.Reset();
        Assert.False(converter.TryTake(new short[converter.OutputFrameSamples]));
    }

    [Fact]
    public void Wrong_sizes_are_refused()
    {
        var converter = new FrameRateConverter(8_000, 16_000);
        Assert.Throws<ArgumentException>(() => converter.Push(new short[161]));
        Assert.Throws<ArgumentException>(() => converter.TryTake(new short[160]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameRateConverter(0, 16_000));
    }

    [Fact]
    public void Converting_a_frame_allocates_nothing()
    {
        var up = new FrameRateConverter(8_000, 16_000);
        var down = new FrameRateConverter(16_000, 8_000);
        var narrow = new short[160];
        var wide = new short[320];
        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (int i = 0; i < 1_000; i++)
                RoundTrip(up, down, narrow, wide);
        }));
    }

    private static void RoundTrip(FrameRateConverter up, FrameRateConverter down, short[] narrow, short[] wide)
    {
        up.Push(narrow);
        if (up.TryTake(wide))
            down.Push(wide);
        down.TryTake(narrow);
    }
}
