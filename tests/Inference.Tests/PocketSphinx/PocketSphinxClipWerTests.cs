using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Evaluation;
using Xunit.Abstractions;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>Word error rate of the generic model on the real English clips in shared/audio.</summary>
[Collection(PocketSphinxCollection.Name)]
public sealed class PocketSphinxClipWerTests(PocketSphinxEngineFixture fixture, ITestOutputHelper output)
{
    // pocketsphinx_continuous scores 0.345 on these clips (NATIVE-NOTES).
    private const double MaxOverallWer = 0.35;

    [Fact]
    public void GenericModelTranscribesEnglishClipsWithinWerBudget()
    {
        var clips = SphinxTestAudio.EnglishClips();
        Assert.NotEmpty(clips);
        int errors = 0, words = 0;
        double audioSeconds = 0, decodeSeconds = 0;
        using var session = fixture.LanguageModelOnly.StartSession(new SpeechRecognitionOptions { Language = "en" });
        foreach (var (file, reference) in clips)
        {
            session.AcceptAudio(SphinxTestAudio.Read16k(file));
            var transcript = session.Finish();
            var (clipErrors, clipWords) = WordErrorRate.Count(reference, transcript.Text);
            errors += clipErrors;
            words += clipWords;
            audioSeconds += transcript.AudioDuration.TotalSeconds;
            decodeSeconds += transcript.DecodeTime.TotalSeconds;
            output.WriteLine($"{Path.GetFileName(file)}: WER {(double)clipErrors / clipWords:P1} | {transcript.Text}");
        }
        var overall = (double)errors / words;
        output.WriteLine($"overall WER {overall:P1} ({errors}/{words} words); {audioSeconds:F1} s audio decoded in {decodeSeconds:F1} s");
        Assert.True(overall <= MaxOverallWer, $"overall WER {overall:P1} exceeds {MaxOverallWer:P0}");
    }
}
