using MediaCore.Media.Resampling;
using Xunit.Abstractions;

namespace MediaCore.Media.Tests.Resampling;

/// <summary>
/// Measures the resampler with pure tones, for every pair of supported rates: passband ripple up to 0.9 × the lower
/// Nyquist, rejection of the images of passband tones, and (when downsampling) rejection of tones between the output
/// and input Nyquist frequencies, which would otherwise alias into the output.
/// </summary>
public sealed class ResamplerResponseTests(ITestOutputHelper output)
{
    private const double MaxRippleDb = 0.1;
    private const double MinRejectionDb = 60;
    private const int MeasuredSamples = 4096;
    private const double InputAmplitude = 0.5;
    private const int Tones = 24;
    // Components closer than this to another measured component or to 0 / Nyquist are not separable by the window.
    private const double GuardHz = 100;

    public static TheoryData<int, int> RatePairs()
    {
        int[] rates = [8000, 16000, 22050, 24000, 48000];
        var pairs = new TheoryData<int, int>();
        foreach (var input in rates)
            foreach (var outputRate in rates)
                if (input != outputRate)
                    pairs.Add(input, outputRate);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(RatePairs))]
    public void PassbandIsFlatAndImagesAreRejected(int inputRate, int outputRate)
    {
        var lowNyquist = Math.Min(inputRate, outputRate) / 2.0;
        var passEdge = 0.9 * lowNyquist;
        double minGain = double.MaxValue, maxGain = double.MinValue, worstImage = double.MinValue;
        for (var t = 0; t < Tones; t++)
        {
            var frequency = GuardHz + (passEdge - GuardHz) * t / (Tones - 1);
            var (signal, resampler) = ResampleTone(inputRate, outputRate, frequency);
            var gain = Db(ToneAnalyzer.Amplitude(signal, frequency, outputRate) / InputAmplitude);
            minGain = Math.Min(minGain, gain);
            maxGain = Math.Max(maxGain, gain);
            foreach (var image in ImagesOf(frequency, inputRate, outputRate, resampler.UpFactor))
                worstImage = Math.Max(worstImage, Db(ToneAnalyzer.Amplitude(signal, image, outputRate) / InputAmplitude));
        }
        var ripple = maxGain - minGain;
        output.WriteLine($"{inputRate}→{outputRate}: ripple {ripple:F4} dB (gain {minGain:F4}..{maxGain:F4}), worst image {(worstImage == double.MinValue ? "none (integer ratio: images fold onto the tone)" : $"{worstImage:F1} dB")}");
        Assert.True(ripple < MaxRippleDb, $"ripple {ripple:F4} dB");
        Assert.True(Math.Abs(maxGain) < MaxRippleDb, $"gain {maxGain:F4} dB");
        Assert.True(worstImage <= -MinRejectionDb, $"image at {worstImage:F1} dB");
    }

    [Theory]
    [MemberData(nameof(RatePairs))]
    public void TonesAboveTheOutputNyquistDoNotAlias(int inputRate, int outputRate)
    {
        if (inputRate < outputRate)
            return; // upsampling: no input tone lies above the output Nyquist
        double outNyquist = outputRate / 2.0, inNyquist = inputRate / 2.0, worst = double.MinValue;
        var measured = 0;
        for (var t = 0; t < Tones; t++)
        {
            var frequency = outNyquist + GuardHz + (inNyquist - outNyquist - 2 * GuardHz) * t / (Tones - 1);
            var alias = ToneAnalyzer.Fold(frequency, outputRate);
            if (alias < GuardHz || alias > outNyquist - GuardHz)
                continue;
            var (signal, _) = ResampleTone(inputRate, outputRate, frequency);
            worst = Math.Max(worst, Db(ToneAnalyzer.Amplitude(signal, alias, outputRate) / InputAmplitude));
            measured++;
        }
        output.WriteLine($"{inputRate}→{outputRate}: {measured} stopband tones, worst alias {worst:F1} dB");
        Assert.True(measured >= Tones / 2);
        Assert.True(worst <= -MinRejectionDb, $"alias at {worst:F1} dB");
    }

    // Zero-stuffing by L puts copies of a tone at k·f_in ± f up to the prototype Nyquist; decimating by M folds them
    // into the output band. Each distinct landing place that the window can separate from the tone is measured.
    private static IEnumerable<double> ImagesOf(double tone, int inputRate, int outputRate, int up)
    {
        var seen = new HashSet<long>();
        var prototypeNyquist = (double)inputRate * up / 2;
        for (var k = 1; k * (double)inputRate - tone < prototypeNyquist; k++)
        {
            foreach (var image in new[] { k * (double)inputRate - tone, k * (double)inputRate + tone })
            {
                var landed = ToneAnalyzer.Fold(image, outputRate);
                if (Math.Abs(landed - tone) < GuardHz || landed < GuardHz || landed > outputRate / 2.0 - GuardHz)
                    continue;
                if (seen.Add((long)Math.Round(landed)))
                    yield return landed;
            }
        }
    }

    private static (float[] Measured, Resampler Resampler) ResampleTone(int inputRate, int outputRate, double frequency)
    {
        var resampler = new Resampler(inputRate, outputRate);
        // Skip outputs whose filter window still reaches back before the first input sample.
        var settle = (int)Math.Ceiling((double)resampler.TapsPerPhase * outputRate / inputRate) + 2;
        var inputLength = (int)Math.Ceiling((double)(settle + MeasuredSamples + 2) * inputRate / outputRate);
        var input = new float[inputLength];
        for (var i = 0; i < input.Length; i++)
            input[i] = (float)(InputAmplitude * Math.Sin(2 * Math.PI * frequency * i / inputRate + 0.3));
        var resampled = new float[resampler.MaxOutputSamples(input.Length)];
        var written = resampler.Process(input, resampled);
        Assert.True(written >= settle + MeasuredSamples);
        return (resampled.AsSpan(settle, MeasuredSamples).ToArray(), resampler);
    }

    private static double Db(double ratio) => 20 * Math.Log10(Math.Max(ratio, 1e-12));
}
