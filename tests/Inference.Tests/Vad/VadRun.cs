using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.Tests.Vad;

/// <summary>Drives a detector the way the call pipeline does: 20 ms frames, one probability per frame.</summary>
internal static class VadRun
{
    public static float[] Frames(IVoiceActivityDetector vad, ReadOnlySpan<short> audio, int frameSize)
    {
        var probabilities = new float[audio.Length / frameSize];
        for (var f = 0; f < probabilities.Length; f++)
            probabilities[f] = vad.Process(audio.Slice(f * frameSize, frameSize));
        return probabilities;
    }

    /// <summary>
    /// When the detector decided: the end sample of the model window whose probability first reached
    /// <paramref name="threshold"/> (the 20 ms framing adds up to one frame on top, which is the pipeline's, not the detector's). -1 if never.
    /// </summary>
    public static int FirstDetectionEnd(float[] probabilities, int frameSize, int windowSize, float threshold = 0.5f)
    {
        var index = Array.FindIndex(probabilities, p => p >= threshold);
        return index < 0 ? -1 : (index + 1) * frameSize / windowSize * windowSize;
    }

    public static double Milliseconds(int samples, int sampleRate) => samples * 1000.0 / sampleRate;
}
