using MediaCore.Media.Resampling;

namespace MediaCore.Media.Tests.Resampling;

public sealed class ResamplerStreamingTests
{
    [Theory]
    [InlineData(8000, 16000)]
    [InlineData(16000, 8000)]
    [InlineData(22050, 8000)]
    [InlineData(48000, 16000)]
    [InlineData(22050, 48000)]
    [InlineData(24000, 22050)]
    public void FrameByFrameOutputEqualsOneShotOutput(int inputRate, int outputRate)
    {
        var input = Noise(inputRate, seed: inputRate + outputRate);
        var oneShot = new short[new Resampler(inputRate, outputRate).MaxOutputSamples(input.Length)];
        var oneShotCount = new Resampler(inputRate, outputRate).Process(input, oneShot);

        var streaming = new Resampler(inputRate, outputRate);
        var random = new Random(7);
        var streamed = new List<short>();
        var buffer = new short[streaming.MaxOutputSamples(input.Length)];
        for (var offset = 0; offset < input.Length;)
        {
            // Ragged frame sizes, including 1-sample and larger-than-a-chunk calls.
            var size = Math.Min(input.Length - offset, random.Next(4) == 0 ? random.Next(1, 5000) : random.Next(1, 500));
            var predicted = streaming.OutputSamplesFor(size);
            var written = streaming.Process(input.AsSpan(offset, size), buffer);
            Assert.Equal(predicted, written);
            Assert.InRange(written, 0, streaming.MaxOutputSamples(size));
            streamed.AddRange(buffer.AsSpan(0, written));
            offset += size;
        }
        Assert.Equal(oneShot.AsSpan(0, oneShotCount).ToArray(), streamed.ToArray());
        Assert.InRange(oneShotCount, (long)input.Length * outputRate / inputRate - 1, (long)input.Length * outputRate / inputRate + 1);
    }

    [Theory]
    [InlineData(22050, 8000, 441, 160)]
    [InlineData(48000, 16000, 960, 320)]
    [InlineData(8000, 16000, 160, 320)]
    [InlineData(24000, 22050, 480, 441)]
    public void TwentyMillisecondFramesGiveExactlyOneOutputFrame(int inputRate, int outputRate, int inFrame, int outFrame)
    {
        var resampler = new Resampler(inputRate, outputRate);
        var output = new short[outFrame]; // exactly one frame of room is enough
        for (var i = 0; i < 50; i++)
            Assert.Equal(outFrame, resampler.Process(new short[inFrame], output));
    }

    [Fact]
    public void ShortPathIsTheRoundedFloatPath()
    {
        var input = Noise(16000, seed: 3);
        var asFloat = input.Select(s => (float)s).ToArray();
        var shorts = new short[input.Length * 3 + 1];
        var floats = new float[input.Length * 3 + 1];
        var n = new Resampler(16000, 48000).Process(input, shorts);
        Assert.Equal(n, new Resampler(16000, 48000).Process(asFloat, floats));
        for (var i = 0; i < n; i++)
            Assert.Equal((short)Math.Clamp(MathF.Round(floats[i]), short.MinValue, short.MaxValue), shorts[i]);
    }

    [Fact]
    public void ResetForgetsHistory()
    {
        var input = Noise(8000, seed: 5);
        var resampler = new Resampler(8000, 16000);
        var first = new short[resampler.MaxOutputSamples(input.Length)];
        var second = new short[first.Length];
        var n1 = resampler.Process(input, first);
        resampler.Reset();
        var n2 = resampler.Process(input, second);
        Assert.Equal(first.AsSpan(0, n1).ToArray(), second.AsSpan(0, n2).ToArray());
    }

    [Fact]
    public void ProcessingFramesAllocatesNothing()
    {
        var resampler = new Resampler(22050, 8000);
        var input = new short[441];
        var output = new short[resampler.MaxOutputSamples(input.Length)];
        Assert.Equal(0, AllocationProbe.FewestBytes(() =>
        {
            for (var i = 0; i < 200; i++)
                resampler.Process(input, output);
        }));
    }

    [Fact]
    public void RatiosReduceByTheGcdAndSmallOutputsAreRejected()
    {
        var resampler = new Resampler(22050, 8000);
        Assert.Equal(160, resampler.UpFactor);
        Assert.Equal(441, resampler.DownFactor);
        Assert.Throws<ArgumentException>(() => resampler.Process(new short[441], new short[159]));
        Assert.Throws<ArgumentException>(() => new Resampler(44_101, 48_000));
    }

    private static short[] Noise(int rate, int seed)
    {
        var random = new Random(seed);
        var samples = new short[rate / 2];
        for (var i = 0; i < samples.Length; i++)
            samples[i] = (short)random.Next(-12000, 12000);
        return samples;
    }
}
