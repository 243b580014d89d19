using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.Tests.Tts;

/// <summary>Everything a voice produced for one text, with the measurements the tests assert on.</summary>
internal sealed record SynthesizedAudio(IReadOnlyList<SpeechChunk> Chunks, short[] Samples, int SampleRate)
{
    public double DurationSeconds => (double)Samples.Length / SampleRate;

    public int MaxChunkSamples => Chunks.Count == 0 ? 0 : Chunks.Max(c => c.Samples.Length);

    public double Rms => Samples.Length == 0 ? 0 : Math.Sqrt(Samples.Average(s => (double)s * s));

    public int Peak => Samples.Length == 0 ? 0 : Samples.Max(s => Math.Abs((int)s));

    /// <summary>Fraction of 20 ms frames whose RMS is above ~-40 dBFS: speech, not a click or a hum.</summary>
    public double VoicedFraction
    {
        get
        {
            var frame = SampleRate / 50;
            var frames = Samples.Length / frame;
            if (frames == 0)
                return 0;
            var voiced = 0;
            for (var f = 0; f < frames; f++)
            {
                var energy = 0.0;
                for (var i = f * frame; i < (f + 1) * frame; i++)
                    energy += (double)Samples[i] * Samples[i];
                if (Math.Sqrt(energy / frame) > 330)
                    voiced++;
            }
            return (double)voiced / frames;
        }
    }

    public static async Task<SynthesizedAudio> CollectAsync(ITextToSpeech voice, string text, CancellationToken cancellationToken = default)
    {
        var chunks = new List<SpeechChunk>();
        await foreach (var chunk in voice.SynthesizeAsync(text, cancellationToken))
            chunks.Add(chunk);
        var samples = chunks.SelectMany(c => c.Samples.ToArray()).ToArray();
        return new SynthesizedAudio(chunks, samples, voice.SampleRate);
    }
}
