namespace MediaCore.Media.Tests.Resampling;

/// <summary>
/// Amplitude of one known frequency in a signal: the DTFT evaluated exactly at that frequency under a 4-term
/// Blackman-Harris window (sidelobes below −92 dB), normalised so a unit sine reads 1. Evaluating at the exact
/// frequency means no scalloping loss; the window keeps other components more than ~4 bins away from leaking in.
/// </summary>
internal static class ToneAnalyzer
{
    public static double Amplitude(ReadOnlySpan<float> signal, double frequency, double sampleRate)
    {
        var n = signal.Length;
        double re = 0, im = 0, windowSum = 0;
        // Rotate a unit phasor instead of calling sin/cos per sample; the drift over a few thousand steps is ~1e-13.
        var stepRe = Math.Cos(2 * Math.PI * frequency / sampleRate);
        var stepIm = -Math.Sin(2 * Math.PI * frequency / sampleRate);
        double pRe = 1, pIm = 0;
        for (var i = 0; i < n; i++)
        {
            var w = Window(i, n);
            windowSum += w;
            re += w * signal[i] * pRe;
            im += w * signal[i] * pIm;
            var nextRe = pRe * stepRe - pIm * stepIm;
            pIm = pRe * stepIm + pIm * stepRe;
            pRe = nextRe;
        }
        return 2 * Math.Sqrt(re * re + im * im) / windowSum;
    }

    /// <summary>Where a component at <paramref name="frequency"/> lands after sampling at <paramref name="sampleRate"/>.</summary>
    public static double Fold(double frequency, double sampleRate)
    {
        var f = frequency % sampleRate;
        return f > sampleRate / 2 ? sampleRate - f : f;
    }

    private static double Window(int i, int n)
    {
        var x = 2 * Math.PI * i / (n - 1);
        return 0.35875 - 0.48829 * Math.Cos(x) + 0.14128 * Math.Cos(2 * x) - 0.01168 * Math.Cos(3 * x);
    }
}
