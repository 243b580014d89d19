namespace MediaCore.Media.Wav;

/// <summary>Decoded WAV content: interleaved PCM16 samples, the rate and the channel count.</summary>
public sealed class WavAudio
{
    public WavAudio(int sampleRate, int channels, short[] samples)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleRate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        if (samples.Length % channels != 0)
            throw new ArgumentException($"{samples.Length} samples are not whole frames of {channels} channels.", nameof(samples));
        SampleRate = sampleRate;
        Channels = channels;
        Samples = samples;
    }

    public int SampleRate { get; }

    public int Channels { get; }

    /// <summary>Interleaved samples (frame 0 channel 0, frame 0 channel 1, …).</summary>
    public short[] Samples { get; }

    public int FrameCount => Samples.Length / Channels;

    public TimeSpan Duration => TimeSpan.FromSeconds((double)FrameCount / SampleRate);

    /// <summary>This audio averaged to one channel (itself when already mono).</summary>
    public WavAudio ToMono()
    {
        if (Channels == 1)
            return this;
        var mono = new short[FrameCount];
        ChannelDownmix.ToMono(Samples, Channels, mono);
        return new WavAudio(SampleRate, 1, mono);
    }
}
