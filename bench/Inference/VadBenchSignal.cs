namespace MediaCore.Bench.Inference;

/// <summary>A deterministic voiced-like test signal (140 Hz with harmonics) so VAD benchmarks need no audio files.</summary>
internal static class VadBenchSignal
{
    public static short[] Voiced(int sampleRate, int length)
    {
        var samples = new short[length];
        for (var i = 0; i < length; i++)
        {
            var t = (double)i / sampleRate;
            var value = 0.0;
            for (var h = 1; h <= 8; h++)
                value += Math.Sin(2 * Math.PI * 140 * h * t) / h;
            samples[i] = (short)(value * 3000);
        }
        return samples;
    }
}
