using MediaCore.Inference.Evaluation;
using MediaCore.Inference.Tests.PocketSphinx;
using MediaCore.Inference.Tests.Tts;
using MediaCore.Inference.Tts;
using MediaCore.Media.Resampling;
using Xunit.Abstractions;

namespace MediaCore.Inference.Tests.RoundTrip;

/// <summary>
/// TTS → STT entirely in process: our flite binding (voice slt) speaks ten restaurant-tenant sentences, our
/// PocketSphinx binding recognises them with the tenant grammar. The PocketSphinx helper's own tests use the flite CLI.
/// </summary>
[Collection(PocketSphinxCollection.Name)]
public sealed class FliteToPocketSphinxRoundTripTests(PocketSphinxEngineFixture fixture, ITestOutputHelper output)
{
    private const int RecognitionRate = 16_000;

    private static readonly string[] Sentences =
    [
        "two masala chai please",
        "how much is the chicken fried momos",
        "i want to book a table for six tomorrow",
        "a table for four at eight thirty",
        "paneer momos",
        "what are your hours",
        "yes",
        "no",
        "veg thukpa",
        "where are you located",
    ];

    [Fact]
    public async Task Ten_tenant_sentences_come_back_with_at_most_5_percent_word_errors()
    {
        using var voice = new FliteVoice(FliteVoiceId.Slt);
        var (errors, words) = (0, 0);
        foreach (var sentence in Sentences)
        {
            var speech = await SynthesizedAudio.CollectAsync(voice, sentence);
            using var session = fixture.Engine.StartSession(TenantMenu.Options());
            session.AcceptAudio(To16k(speech.Samples, speech.SampleRate));
            var transcript = session.Finish();
            var (e, n) = WordErrorRate.Count(sentence, transcript.Text);
            (errors, words) = (errors + e, words + n);
            output.WriteLine($"{(e == 0 ? "ok " : "ERR")} '{sentence}' → '{transcript.Text}' ({speech.DurationSeconds:F2} s audio, {transcript.DecodeTime.TotalMilliseconds:F0} ms)");
        }
        var wer = (double)errors / words;
        output.WriteLine($"overall WER {wer:P1} ({errors} errors in {words} words)");
        Assert.True(wer <= 0.05, $"WER {wer:P1} ({errors}/{words}); see the per-sentence output");
    }

    private static short[] To16k(short[] samples, int rate)
    {
        if (rate == RecognitionRate)
            return samples;
        var resampler = new Resampler(rate, RecognitionRate);
        var result = new short[resampler.MaxOutputSamples(samples.Length)];
        return result[..resampler.Process(samples, result)];
    }
}
