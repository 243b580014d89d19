using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Server.Tests.Streams;

/// <summary>Real speech at a provider's rate, and the envelope correlation used to compare what went out with what came back.</summary>
internal static class SpeechSignals
{
    /// <summary>The first <paramref name="seconds"/> of a shared speech WAV, mono, resampled to <paramref name="rate"/>.</summary>
    public static short[] Load(string file, int rate, double seconds)
    {
        var audio = WavReader.Read(TestPaths.Audio(file)).ToMono();
        var samples = audio.Samples;
        if (audio.SampleRate != rate)
        {
            var resampler = new Resampler(audio.SampleRate, rate);
            var output = new short[resampler.OutputSamplesFor(samples.Length)];
            samples = output[..resampler.Process(samples, output)];
        }
        var length = Math.Min(samples.Length, (int)(seconds * rate));
        return samples[..length];
    }

    /// <summary>RMS per 20 ms window.</summary>
    public static double[] Envelope(ReadOnlySpan<short> pcm, int rate)
    {
        var window = rate / 50;
        var envelope = new double[pcm.Length / window];
        for (var w = 0; w < envelope.Length; w++)
        {
            double sum = 0;
            foreach (var s in pcm.Slice(w * window, window))
                sum += (double)s * s;
            envelope[w] = Math.Sqrt(sum / window);
        }
        return envelope;
    }

    /// <summary>Best Pearson correlation of the envelopes over lags 0..maxLagWindows (received may start late).</summary>
    public static (double Correlation, int LagWindows) BestCorrelation(double[] sent, double[] received, int maxLagWindows)
    {
        var best = (Correlation: double.MinValue, LagWindows: 0);
        for (var lag = 0; lag <= maxLagWindows; lag++)
        {
            var n = Math.Min(sent.Length, received.Length - lag);
            if (n < 25)
                break;
            var r = Pearson(sent.AsSpan(0, n), received.AsSpan(lag, n));
            if (r > best.Correlation)
                best = (r, lag);
        }
        return best;
    }

    private static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double meanA = 0, meanB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.Length;
        meanB /= b.Length;
        double cov = 0, varA = 0, varB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return varA == 0 || varB == 0 ? 0 : cov / Math.Sqrt(varA * varB);
    }
}
