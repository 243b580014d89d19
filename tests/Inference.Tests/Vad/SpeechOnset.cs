namespace MediaCore.Inference.Tests.Vad;

/// <summary>
/// Ground truth for onset tests, measured from the clean clip itself: the first 10 ms frame whose RMS rises well above
/// the clip's own leading background (3× the median of its first 200 ms) and above 5 % of its loudest frame (-26 dB).
/// </summary>
internal static class SpeechOnset
{
    public static int FindOnsetSample(ReadOnlySpan<short> clip, int sampleRate)
    {
        var frame = sampleRate / 100;
        var rms = FrameRms(clip, frame);
        var threshold = Math.Max(3 * Background(rms), 0.05 * rms.Max());
        var onset = Array.FindIndex(rms, r => r > threshold);
        return onset * frame;
    }

    /// <summary>The clip's leading background level: the median 10 ms RMS of its first 200 ms.</summary>
    public static double BackgroundRms(ReadOnlySpan<short> clip, int sampleRate) => Background(FrameRms(clip, sampleRate / 100));

    private static double Background(double[] rms)
    {
        var lead = rms.Take(20).Order().ToArray();
        return lead[lead.Length / 2];
    }

    private static double[] FrameRms(ReadOnlySpan<short> clip, int frame)
    {
        var rms = new double[clip.Length / frame];
        for (var f = 0; f < rms.Length; f++)
        {
            double sum = 0;
            foreach (var s in clip.Slice(f * frame, frame))
                sum += s * (double)s;
            rms[f] = Math.Sqrt(sum / frame);
        }
        return rms;
    }
}
