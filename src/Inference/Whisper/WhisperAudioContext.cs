namespace MediaCore.Inference.Whisper;

/// <summary>
/// Sizes whisper's encoder window (audio_ctx) to an utterance. One encoder position covers 320 samples (10 ms mel hop
/// × the conv stride of 2), so a 2 s utterance needs 100 positions instead of 1500.
/// </summary>
public static class WhisperAudioContext
{
    public const int SamplesPerPosition = 320;
    public const int Granularity = 64;

    /// <summary>The audio_ctx to pass, or 0 for whisper's default (the model's full n_audio_ctx).</summary>
    public static int For(int samples, WhisperSettings settings, int modelAudioCtx)
    {
        if (!settings.ShortenAudioContext || samples <= 0)
            return 0;
        var needed = (samples + SamplesPerPosition - 1) / SamplesPerPosition + Math.Max(0, settings.AudioContextMargin);
        var rounded = (needed + Granularity - 1) / Granularity * Granularity;
        return rounded >= modelAudioCtx ? 0 : rounded;
    }
}
