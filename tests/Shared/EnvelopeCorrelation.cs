namespace MediaCore.Tests;

/// <summary>
/// Compares two recordings of the same speech that went through codecs, jitter buffers and resamplers: the 20 ms RMS
/// envelopes are compared with Pearson correlation at the best lag (the path adds an unknown delay).
/// </summary>
internal static class EnvelopeCorrelation
{
    public static double[] RmsEnvelope(ReadOnlySpan<short> pcm, int sampleRate)
    {
        int window = sampleRate / 50;
        var envelope = new double[pcm.Length / window];
        for (int w = 0; w < envelope.Length; w++)
        {
            double sum = 0;
            foreach (var sample in pcm.Slice(w * window, window))
                sum += (double)sample * sample;
            envelope[w] = Math.Sqrt(sum / window);
        }
        return envelope;
    }

    /// <summary>The best correlation of <paramref name="received"/> against <paramref name="source"/> over lags 0..maxLagFrames (received later).</summary>
    public static (double Correlation, int LagFrames) Best(double[] source, double[] received, int maxLagFrames)
    {
        var best = (Correlation: double.MinValue, LagFrames: 0);
        for (int lag = 0; lag <= maxLagFrames; lag++)
        {
            int length = Math.Min(source.Length, received.Length - lag);
            if (length < 10)
                break;
            double r = Pearson(source.AsSpan(0, length), received.AsSpan(lag, length));
            if (r > best.Correlation)
                best = (r, lag);
        }
        return best;
    }

    public static (double Correlation, int LagFrames) Best(ReadOnlySpan<short> source, ReadOnlySpan<short> received, int sampleRate, int maxLagFrames) =>
        Best(RmsEnvelope(source, sampleRate), RmsEnvelope(received, sampleRate), maxLagFrames);

    /// <summary>
    /// Median over consecutive segments of each segment's best-lag correlation. A loaded box can stall a process for
    /// hundreds of ms; the jitter buffer then shifts the delay once, which one global lag cannot follow.
    /// </summary>
    public static double MedianSegmentCorrelation(ReadOnlySpan<short> source, ReadOnlySpan<short> received, int sampleRate,
        int segmentFrames, int maxLagFrames)
    {
        var sourceEnvelope = RmsEnvelope(source, sampleRate);
        var receivedEnvelope = RmsEnvelope(received, sampleRate);
        var scores = new List<double>();
        for (int start = 0; start + segmentFrames <= sourceEnvelope.Length; start += segmentFrames)
        {
            int available = Math.Min(receivedEnvelope.Length - start, segmentFrames + maxLagFrames);
            if (available <= segmentFrames / 2)
                break;
            scores.Add(Best(sourceEnvelope[start..(start + segmentFrames)], receivedEnvelope[start..(start + available)], maxLagFrames).Correlation);
        }
        scores.Sort();
        return scores.Count == 0 ? 0 : scores[scores.Count / 2];
    }

    private static double Pearson(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double meanA = 0, meanB = 0;
        for (int i = 0; i < a.Length; i++)
        {
            meanA += a[i];
            meanB += b[i];
        }
        meanA /= a.Length;
        meanB /= b.Length;
        double cov = 0, varA = 0, varB = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double da = a[i] - meanA, db = b[i] - meanB;
            cov += da * db;
            varA += da * da;
            varB += db * db;
        }
        return varA == 0 || varB == 0 ? 0 : cov / Math.Sqrt(varA * varB);
    }
}
