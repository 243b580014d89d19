namespace MediaCore.Inference.Piper;

/// <summary>VITS float output to PCM16 the way Piper does it: scale the sentence so its peak is full scale (peaks under 0.01 are not boosted further).</summary>
internal static class PiperAudio
{
    private const float MaxWavValue = 32767f;
    private const float MinPeak = 0.01f;

    public static short[] ToPcm16(ReadOnlySpan<float> audio)
    {
        var peak = MinPeak;
        foreach (var sample in audio)
            peak = Math.Max(peak, Math.Abs(sample));
        var scale = MaxWavValue / peak;
        var pcm = new short[audio.Length];
        for (var i = 0; i < audio.Length; i++)
            pcm[i] = (short)Math.Clamp(audio[i] * scale, short.MinValue, short.MaxValue);
        return pcm;
    }
}
