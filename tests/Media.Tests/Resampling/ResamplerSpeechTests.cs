using MediaCore.Media.Resampling;
using MediaCore.Media.Tests.Codecs;
using MediaCore.Media.Wav;
using Xunit.Abstractions;

namespace MediaCore.Media.Tests.Resampling;

public sealed class ResamplerSpeechTests(ITestOutputHelper output)
{
    private const int HalfDelayTaps = 64;

    [Fact]
    public void TelephoneSpeechSurvivesUpAndBackDownFrameByFrame()
    {
        var speech = WavReader.Read(TestPaths.Audio("en_osr_us_000_0034_8k.wav")).Samples.AsSpan(0, 8000 * 10).ToArray();
        var up = new Resampler(8000, 16000);
        var down = new Resampler(16000, 8000);
        var wide = new short[320];
        var narrow = new short[160];
        var back = new List<short>();
        for (var offset = 0; offset + 160 <= speech.Length; offset += 160)
        {
            Assert.Equal(320, up.Process(speech.AsSpan(offset, 160), wide));
            Assert.Equal(160, down.Process(wide, narrow));
            back.AddRange(narrow);
        }

        // The two linear-phase filters delay by a whole number plus half a sample at 8 kHz; build the reference by
        // delaying the original the same amount with an independent half-sample windowed-sinc delay.
        var delay = up.DelayInputSamples + down.DelayInputSamples / 2;
        Assert.Equal(0.5, delay - Math.Floor(delay), 6);
        var whole = (int)Math.Floor(delay) - (HalfDelayTaps / 2 - 1);
        var reference = HalfSampleDelayed(speech);
        var result = back.ToArray();
        var length = result.Length - whole - HalfDelayTaps;
        var snr = SignalMetrics.SnrDb(reference.AsSpan(HalfDelayTaps, length), result.AsSpan(whole + HalfDelayTaps, length));
        var lag = SignalMetrics.BestLag(speech, result, 400);
        output.WriteLine($"delay {delay} samples (best integer lag {lag}), SNR {snr:F1} dB");
        Assert.InRange(lag, Math.Floor(delay), Math.Ceiling(delay));
        // Only the 3.6–4 kHz edge of the band is removed; measured 28.0 dB (limited by that band and the 64-tap reference delay); floor has margin.
        Assert.True(snr > 24, $"SNR {snr:F1} dB");
    }

    // y[n] = Σ h[k] x[n − k] with h a Kaiser-windowed sinc centred at 31.5: a delay of 31.5 samples.
    private static short[] HalfSampleDelayed(short[] x)
    {
        var h = new double[HalfDelayTaps];
        var centre = (HalfDelayTaps - 1) / 2.0;
        for (var k = 0; k < HalfDelayTaps; k++)
        {
            var t = k - centre;
            var r = t / (centre + 1);
            h[k] = Math.Sin(Math.PI * t) / (Math.PI * t) * Bessel0(8 * Math.Sqrt(1 - r * r)) / Bessel0(8);
        }
        var y = new short[x.Length];
        for (var n = HalfDelayTaps; n < x.Length; n++)
        {
            double sum = 0;
            for (var k = 0; k < HalfDelayTaps; k++)
                sum += h[k] * x[n - k];
            y[n] = (short)Math.Clamp(Math.Round(sum), short.MinValue, short.MaxValue);
        }
        return y;
    }

    private static double Bessel0(double x)
    {
        double sum = 1, term = 1;
        for (var k = 1; k < 50; k++)
        {
            term *= x / 2 / k * (x / 2 / k);
            sum += term;
        }
        return sum;
    }
}
