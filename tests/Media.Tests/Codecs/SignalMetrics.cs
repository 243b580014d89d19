namespace MediaCore.Media.Tests.Codecs;

/// <summary>Comparisons of a decoded signal with its original, for codecs that are not waveform-exact.</summary>
internal static class SignalMetrics
{
    /// <summary>The lag (0..maxLag) at which <paramref name="decoded"/> best matches <paramref name="original"/>.</summary>
    public static int BestLag(ReadOnlySpan<short> original, ReadOnlySpan<short> decoded, int maxLag)
    {
        var best = 0;
        var bestScore = double.MinValue;
        var length = Math.Min(original.Length, decoded.Length - maxLag);
        for (var lag = 0; lag <= maxLag; lag++)
        {
            double dot = 0;
            for (var i = 0; i < length; i++)
                dot += (double)original[i] * decoded[i + lag];
            if (dot > bestScore)
            {
                bestScore = dot;
                best = lag;
            }
        }
        return best;
    }

    /// <summary>Signal-to-noise ratio in dB of <paramref name="decoded"/> (already aligned) against <paramref name="original"/>.</summary>
    public static double SnrDb(ReadOnlySpan<short> original, ReadOnlySpan<short> decoded)
    {
        double signal = 0, noise = 0;
        var length = Math.Min(original.Length, decoded.Length);
        for (var i = 0; i < length; i++)
        {
            signal += (double)original[i] * original[i];
            var error = (double)original[i] - decoded[i];
            noise += error * error;
        }
        return 10 * Math.Log10(signal / Math.Max(noise, 1e-9));
    }

    /// <summary>Pearson correlation of the two signals' RMS envelopes over windows of <paramref name="window"/> samples.</summary>
    public static double EnvelopeCorrelation(ReadOnlySpan<short> original, ReadOnlySpan<short> decoded, int window)
    {
        var windows = Math.Min(original.Length, decoded.Length) / window;
        var a = new double[windows];
        var b = new double[windows];
        for (var w = 0; w < windows; w++)
        {
            a[w] = Rms(original.Slice(w * window, window));
            b[w] = Rms(decoded.Slice(w * window, window));
        }
        return Pearson(a, b);
    }

    public static double Rms(ReadOnlySpan<short> samples)
    {
        double sum = 0;
        foreach (var s in samples)
            sum += (double)s * s;
        return Math.Sqrt(sum / Math.Max(1, samples.Length));
    }

    public static double ErrorEnergy(ReadOnlySpan<short> original, ReadOnlySpan<short> decoded)
    {
        double sum = 0;
        for (var i = 0; i < original.Length; i++)
        {
            var error = (double)original[i] - decoded[i];
            sum += error * error;
        }
        return sum;
    }

    private static double Pearson(double[] a, double[] b)
    {
        double meanA = a.Average(), meanB = b.Average(), cov = 0, varA = 0, varB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            cov += (a[i] - meanA) * (b[i] - meanB);
            varA += (a[i] - meanA) * (a[i] - meanA);
            varB += (b[i] - meanB) * (b[i] - meanB);
        }
        return cov / Math.Sqrt(varA * varB);
    }
}
