using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Server.Tests.Streams;

/// <summary>Real speech at a provider's rate (what went out is compared with what came back by <see cref="EnvelopeCorrelation"/>).</summary>
internal static class SpeechSignals
{
    /// <summary>The first <paramref name="seconds"/> of a shared speech WAV, mono, resampled to <paramref name="rate"/>.</summary>
    public static short[] Load(string file, int rate, double seconds)
    {
        var audio = WavReader.Read(TestPaths.Audio(file)).ToMono();
        var samples = audio.Samples;
        if (audio.SampleRate != rate)
        {
            var resampler = new Resampler(audio.SampleRate, rate);
            var output = new short[resampler.OutputSamplesFor(samples.Length)];
            samples = output[..resampler.Process(samples, output)];
        }
        var length = Math.Min(samples.Length, (int)(seconds * rate));
        return samples[..length];
    }
}
