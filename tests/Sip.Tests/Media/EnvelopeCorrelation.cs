namespace MediaCore.Sip.Tests.Media;

/// <summary>
/// How much a recording sounds like a source, independent of codec, level and delay: both are reduced to 20 ms RMS
/// envelopes and the Pearson correlation at the best lag (recording later than the source by 0..maxLag) is returned.
/// Speech envelopes are distinctive (syllables, pauses), so ≥ 0.9 means the source's speech is in the recording.
/// </summary>
public static class EnvelopeCorrelation
{
    public const int WindowMilliseconds = 20;

    public static double[] Envelope(ReadOnlySpan<short> pcm, int sampleRate)
    {
        int window = sampleRate * WindowMilliseconds / 1000;
        var envelope = new double[pcm.Length / window];
        for (int w = 0; w < envelope.Length; w++)
        {
            double sum = 0;
            foreach (short s in pcm.Slice(w * window, window))
                sum += (double)s * s;
            envelope[w] = Math.Sqrt(sum / window);
        }
        return envelope;
    }

    /// <summary>Best correlation of the source envelope against the recording's shifted by 0..maxLag windows (and its lag).</summary>
    public static (double Correlation, int LagWindows) Best(ReadOnlySpan<short> source, int sourceRate,
        ReadOnlySpan<short> recording, int recordingRate, TimeSpan maxLag)
    {
        var a = Envelope(source, sourceRate);
        var b = Envelope(recording, recordingRate);
        int maxLagWindows = (int)(maxLag.TotalMilliseconds / WindowMilliseconds);
        (double best, int bestLag) = (double.NegativeInfinity, 0);
        for (int lag = 0; lag <= maxLagWindows; lag++)
        {
            int n = Math.Min(a.Length, b.Length - lag);
            if (n < a.Length / 2)   // at least half of the source must overlap
                break;
            double r = Pearson(a.AsSpan(0, n), b.AsSpan(lag, n));
            if (r > best)
                (best, bestLag) = (r, lag);
        }
        return (best, bestLag);
    }

    /// <summary>
    /// Like <see cref="Best"/>, but each 1 s segment of the source may shift by up to ±<paramref name="drift"/> from the
    /// global best lag before one correlation is computed over the aligned pairs: adaptive jitter buffers (ours and the
    /// peer's) grow and shrink their delay during pauses, so a call's recording is the source with a slowly varying
    /// delay, not a fixed one.
    /// </summary>
    public static double Aligned(ReadOnlySpan<short> source, int sourceRate, ReadOnlySpan<short> recording, int recordingRate,
        TimeSpan maxLag, TimeSpan drift)
    {
        var a = Envelope(source, sourceRate);
        var b = Envelope(recording, recordingRate);
        int lag = Best(source, sourceRate, recording, recordingRate, maxLag).LagWindows;
        int driftWindows = (int)(drift.TotalMilliseconds / WindowMilliseconds);
        const int segment = 1000 / WindowMilliseconds;
        var aligned = new double[a.Length];
        for (int start = 0; start < a.Length; start += segment)
        {
            int n = Math.Min(segment, a.Length - start);
            (double best, int bestShift) = (double.NegativeInfinity, 0);
            for (int shift = -driftWindows; shift <= driftWindows; shift++)
            {
                int from = start + lag + shift;
                if (from < 0 || from + n > b.Length)
                    continue;
                double r = Pearson(a.AsSpan(start, n), b.AsSpan(from, n));
                if (r > best)
                    (best, bestShift) = (r, shift);
            }
            for (int i = 0; i < n; i++)
            {
                int j = start + lag + bestShift + i;
                aligned[start + i] = (uint)j < (uint)b.Length ? b[j] : 0;
            }
        }
        return Pearson(a, aligned);
    }

    private static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double meanX = 0, meanY = 0;
        for (int i = 0; i < x.Length; i++) { meanX += x[i]; meanY += y[i]; }
        meanX /= x.Length;
        meanY /= y.Length;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double dx = x[i] - meanX, dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.Sqrt(sxx * syy);
    }
}
