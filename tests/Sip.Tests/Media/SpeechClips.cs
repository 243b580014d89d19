using MediaCore.Media.Resampling;
using MediaCore.Media.Wav;

namespace MediaCore.Sip.Tests.Media;

/// <summary>Real speech for the media tests: the first seconds of en_jfk.wav, at any rate, optionally padded with silence.</summary>
public static class SpeechClips
{
    public static WavAudio Jfk(TimeSpan length)
    {
        var audio = WavReader.Read(TestPaths.Audio("en_jfk.wav")).ToMono();
        int samples = Math.Min(audio.Samples.Length, (int)(audio.SampleRate * length.TotalSeconds));
        return new WavAudio(audio.SampleRate, 1, audio.Samples[..samples]);
    }

    public static WavAudio Resample(WavAudio audio, int rate)
    {
        if (audio.SampleRate == rate)
            return audio;
        var resampler = new Resampler(audio.SampleRate, rate);
        var output = new short[resampler.MaxOutputSamples(audio.Samples.Length) + 64];
        int written = resampler.Process(audio.Samples, output);
        return new WavAudio(rate, 1, output[..written]);
    }

    /// <summary>Silence before and after (a peer whose file source ends the call needs the tail to hear the echo).</summary>
    public static WavAudio Pad(WavAudio audio, TimeSpan before, TimeSpan after)
    {
        int head = (int)(audio.SampleRate * before.TotalSeconds), tail = (int)(audio.SampleRate * after.TotalSeconds);
        var samples = new short[head + audio.Samples.Length + tail];
        audio.Samples.CopyTo(samples, head);
        return new WavAudio(audio.SampleRate, 1, samples);
    }

    public static WavAudio Silence(int rate, TimeSpan length) => new(rate, 1, new short[(int)(rate * length.TotalSeconds)]);
}
