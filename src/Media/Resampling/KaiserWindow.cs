namespace MediaCore.Media.Resampling;

/// <summary>Kaiser window and Kaiser's design formulas (Oppenheim &amp; Schafer, "Discrete-Time Signal Processing", §7.5.3).</summary>
internal static class KaiserWindow
{
    /// <summary>β for a stopband attenuation of <paramref name="attenuationDb"/> dB (Kaiser's empirical formula).</summary>
    public static double Beta(double attenuationDb) => attenuationDb switch
    {
        > 50 => 0.1102 * (attenuationDb - 8.7),
        >= 21 => 0.5842 * Math.Pow(attenuationDb - 21, 0.4) + 0.07886 * (attenuationDb - 21),
        _ => 0,
    };

    /// <summary>Filter length for <paramref name="attenuationDb"/> with a transition of <paramref name="transitionRadians"/> (rad/sample).</summary>
    public static int Length(double attenuationDb, double transitionRadians) =>
        (int)Math.Ceiling((attenuationDb - 7.95) / (2.285 * transitionRadians)) + 1;

    /// <summary>Window value at tap <paramref name="n"/> of <paramref name="length"/>.</summary>
    public static double Value(int n, int length, double beta)
    {
        var x = 2.0 * n / (length - 1) - 1.0;
        return BesselI0(beta * Math.Sqrt(Math.Max(0, 1 - x * x))) / BesselI0(beta);
    }

    // Power series of the modified Bessel function of the first kind, order 0; converges fast for β below ~20.
    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, halfX = x / 2;
        for (var k = 1; k < 64 && term > 1e-17 * sum; k++)
        {
            term *= halfX / k * (halfX / k);
            sum += term;
        }
        return sum;
    }
}
