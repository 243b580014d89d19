using MediaCore.Media.Frames;
using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Bench.Load.Audio;

/// <summary>A real speech recording as 8 kHz mono PCM16, whole 20 ms frames, ready to be cut into a caller script.</summary>
public sealed class SpeechClip
{
    public const int SampleRate = SampleRates.Narrowband;
    public const int FrameSamples = SampleRate / AudioFrame.FramesPerSecond;

    private SpeechClip(string source, short[] samples)
    {
        Source = source;
        Samples = samples;
    }

    public string Source { get; }

    /// <summary>8 kHz mono samples, a whole number of 20 ms frames.</summary>
    public short[] Samples { get; }

    public int FrameCount => Samples.Length / FrameSamples;

    public TimeSpan Duration => TimeSpan.FromMilliseconds(FrameCount * AudioFrame.DurationMilliseconds);

    /// <summary>Reads a WAV of any rate/channel count and resamples it to 8 kHz mono.</summary>
    public static SpeechClip Load(string path)
    {
        var wav = WavReader.Read(path).ToMono();
        short[] samples = wav.Samples;
        if (wav.SampleRate != SampleRate)
        {
            var resampler = new Resampler(wav.SampleRate, SampleRate);
            var output = new short[resampler.MaxOutputSamples(samples.Length) + FrameSamples];
            int written = resampler.Process(samples, output);
            samples = output[..written];
        }
        int whole = samples.Length / FrameSamples * FrameSamples;
        return new SpeechClip(path, samples[..whole]);
    }

    public ReadOnlySpan<short> Frame(int index) => Samples.AsSpan((index % FrameCount) * FrameSamples, FrameSamples);
}
