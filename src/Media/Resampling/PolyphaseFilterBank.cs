namespace MediaCore.Media.Resampling;

/// <summary>
/// A Kaiser-windowed sinc low-pass designed at the upsampled rate L × f_in and split into L phases of
/// <see cref="TapsPerPhase"/> taps. The passband ends at 0.9 × the lower Nyquist and the stopband starts exactly at
/// the lower Nyquist, so every alias (downsampling) or image (upsampling) is above it and attenuated.
/// </summary>
internal sealed class PolyphaseFilterBank
{
    /// <summary>Passband edge as a fraction of the lower Nyquist: ripple is specified up to here.</summary>
    public const double PassbandFraction = 0.9;

    /// <summary>Design attenuation: the spec is 60 dB; Kaiser's length formula is approximate, so aim higher.</summary>
    public const double DesignAttenuationDb = 72;

    // SIMD width: phases are padded to a multiple so the dot product has no scalar tail.
    private const int TapAlignment = 8;

    public PolyphaseFilterBank(int inputRate, int outputRate, int up)
    {
        Phases = up;
        double prototypeRate = (double)inputRate * up;
        var lowNyquist = Math.Min(inputRate, outputRate) / 2.0;
        var passEdge = PassbandFraction * lowNyquist;
        var transition = 2 * Math.PI * (lowNyquist - passEdge) / prototypeRate;
        var estimate = KaiserWindow.Length(DesignAttenuationDb, transition);
        TapsPerPhase = (estimate + up - 1) / up;
        TapsPerPhase = (TapsPerPhase + TapAlignment - 1) / TapAlignment * TapAlignment;
        Coefficients = Design((passEdge + lowNyquist) / 2 / prototypeRate, KaiserWindow.Beta(DesignAttenuationDb));
    }

    public int Phases { get; }

    public int TapsPerPhase { get; }

    /// <summary>Phase p occupies [p × K, (p+1) × K), taps stored newest-last so a phase dots directly with the history.</summary>
    public float[] Coefficients { get; }

    /// <summary>Group delay in input samples (the prototype's centre divided by L).</summary>
    public double DelayInputSamples => (Phases * TapsPerPhase - 1) / 2.0 / Phases;

    private float[] Design(double cutoff, double beta)
    {
        var length = Phases * TapsPerPhase;
        var centre = (length - 1) / 2.0;
        var prototype = new double[length];
        for (var n = 0; n < length; n++)
        {
            var t = n - centre;
            var sinc = t == 0 ? 2 * cutoff : Math.Sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            prototype[n] = sinc * KaiserWindow.Value(n, length, beta);
        }
        var coefficients = new float[length];
        for (var p = 0; p < Phases; p++)
            StorePhase(prototype, p, coefficients.AsSpan(p * TapsPerPhase, TapsPerPhase));
        return coefficients;
    }

    // Each phase is scaled to unit DC gain: that is the L× gain zero-stuffing needs, and it stops the phases'
    // slightly different sums from modulating the output at the phase rate.
    private void StorePhase(double[] prototype, int phase, Span<float> destination)
    {
        double sum = 0;
        for (var k = 0; k < TapsPerPhase; k++)
            sum += prototype[phase + k * Phases];
        for (var k = 0; k < TapsPerPhase; k++)
            destination[TapsPerPhase - 1 - k] = (float)(prototype[phase + k * Phases] / sum);
    }
}
