using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.Tests.Tts;

/// <summary>Assertions every local voice must pass (shared by the flite and espeak-ng tests).</summary>
internal static class TtsContractChecks
{
    /// <summary>Speech at a plausible pace: 0.15–1.0 s per word (fast espeak to slow flite with pauses).</summary>
    public static void AssertPlausibleSpeech(SynthesizedAudio audio, int words, int expectedRate)
    {
        Assert.Equal(expectedRate, audio.SampleRate);
        Assert.All(audio.Chunks, c => Assert.Equal(expectedRate, c.SampleRate));
        Assert.All(audio.Chunks, c => Assert.InRange(c.Samples.Length, 1, expectedRate / 50));
        Assert.InRange(audio.DurationSeconds, 0.15 * words, 1.0 * words);
        Assert.True(audio.Peak > 3000, $"peak {audio.Peak} is too quiet for speech");
        Assert.True(audio.VoicedFraction > 0.4, $"only {audio.VoicedFraction:P0} of frames carry sound");
    }

    /// <summary>Cancelling after the first chunk: the very next request for a chunk throws, nothing more arrives.</summary>
    public static async Task AssertCancellationStopsWithinOneChunk(ITextToSpeech voice, string text)
    {
        using var cancellation = new CancellationTokenSource();
        var afterCancel = 0;
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in voice.SynthesizeAsync(text, cancellation.Token))
            {
                received++;
                if (cancellation.IsCancellationRequested)
                    afterCancel++;
                if (received == 1)
                    await cancellation.CancelAsync();
            }
        });
        Assert.Equal(1, received);
        Assert.Equal(0, afterCancel);
    }

    /// <summary>Concurrent syntheses each produce what a lone synthesis of the same text produces.</summary>
    public static async Task AssertConcurrentCallsMatchSequential(ITextToSpeech voice, string[] texts)
    {
        var expected = new List<short[]>();
        foreach (var text in texts)
            expected.Add((await SynthesizedAudio.CollectAsync(voice, text)).Samples);
        var concurrent = await Task.WhenAll(texts.Select(t => Task.Run(() => SynthesizedAudio.CollectAsync(voice, t))));
        for (var i = 0; i < texts.Length; i++)
            AssertSameSpeech(expected[i], concurrent[i].Samples, voice.SampleRate);
    }

    /// <summary>
    /// Same utterance. Not bit-exact: flite's clustergen excitation uses rand() and espeak-ng varies pitch and timing
    /// slightly on every run, so two runs of one text differ by a few samples in length and in phase. Their loudness
    /// contour (RMS per 20 ms) still matches closely, while audio of another text, or interleaved chunks, would not.
    /// </summary>
    public static void AssertSameSpeech(short[] expected, short[] actual, int sampleRate)
    {
        Assert.NotEmpty(expected);
        Assert.InRange(actual.Length, expected.Length * 0.97 - sampleRate / 50, expected.Length * 1.03 + sampleRate / 50);
        var correlation = EnvelopeCorrelation(expected, actual, sampleRate);
        Assert.True(correlation > 0.9, $"loudness contours correlate only {correlation:F3}");
    }

    public static double EnvelopeCorrelation(short[] a, short[] b, int sampleRate)
    {
        var x = Envelope(a, sampleRate);
        var y = Envelope(b, sampleRate);
        var n = Math.Min(x.Length, y.Length);
        double mx = x.Take(n).Average(), my = y.Take(n).Average(), sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < n; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    private static double[] Envelope(short[] samples, int sampleRate)
    {
        var frame = sampleRate / 50;
        var envelope = new double[samples.Length / frame];
        for (var f = 0; f < envelope.Length; f++)
        {
            var energy = 0.0;
            for (var i = f * frame; i < (f + 1) * frame; i++)
                energy += (double)samples[i] * samples[i];
            envelope[f] = Math.Sqrt(energy / frame);
        }
        return envelope;
    }
}
