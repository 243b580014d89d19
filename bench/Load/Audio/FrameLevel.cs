using MediaCore.Media.Codecs.G711;

namespace MediaCore.Bench.Load.Audio;

/// <summary>
/// Is a received G.711 frame audible? Mean absolute amplitude of the decoded samples against a threshold
/// (default ≈ −50 dBFS): digital silence and comfort-noise-level hiss are "silent", speech is not.
/// </summary>
public static class FrameLevel
{
    public const int DefaultThreshold = 100;

    public static int MeanAbsolute(ReadOnlySpan<byte> payload, G711Law law)
    {
        if (payload.IsEmpty)
            return 0;
        long sum = 0;
        foreach (byte codeWord in payload)
            sum += Math.Abs((int)(law == G711Law.MuLaw ? MuLaw.Decode(codeWord) : ALaw.Decode(codeWord)));
        return (int)(sum / payload.Length);
    }

    public static bool IsAudible(ReadOnlySpan<byte> payload, G711Law law, int threshold = DefaultThreshold) =>
        MeanAbsolute(payload, law) >= threshold;
}
