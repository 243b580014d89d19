namespace MediaCore.Media.Frames;

/// <summary>
/// 20 ms of mono 16-bit PCM at an explicit sample rate. The sample buffer is sized for the highest rate
/// (48 kHz) and reused, so frames can be pooled and the per-frame path allocates nothing.
/// </summary>
public sealed class AudioFrame
{
    public const int DurationMilliseconds = 20;
    public const int FramesPerSecond = 1000 / DurationMilliseconds;
    public const int MaxSampleRate = 48_000;
    public const int MaxSamples = MaxSampleRate / FramesPerSecond;

    private readonly short[] _samples = new short[MaxSamples];

    public AudioFrame(int sampleRate) => Reset(sampleRate);

    public int SampleRate { get; private set; }

    public int SampleCount => SampleRate / FramesPerSecond;

    public Span<short> Samples => _samples.AsSpan(0, SampleCount);

    /// <summary>Reuses this frame at <paramref name="sampleRate"/> with silent samples.</summary>
    public void Reset(int sampleRate)
    {
        if (!SampleRates.IsSupported(sampleRate))
            throw new ArgumentOutOfRangeException(nameof(sampleRate), sampleRate, "Supported rates: 8000, 16000, 22050, 24000, 48000 Hz.");
        SampleRate = sampleRate;
        Array.Clear(_samples);
    }

    /// <summary>Number of samples in one 20 ms frame at <paramref name="sampleRate"/>.</summary>
    public static int SamplesPerFrame(int sampleRate) => sampleRate / FramesPerSecond;
}
