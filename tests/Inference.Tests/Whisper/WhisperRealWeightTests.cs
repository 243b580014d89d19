using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Evaluation;
using MediaCore.Inference.Whisper;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>Accuracy with real weights, run only when a real model is installed.</summary>
public sealed class WhisperRealWeightTests
{
    private static readonly WhisperSettings Settings = new() { Threads = 2, MaxTokens = 128 };
    private static readonly SpeechRecognitionOptions English = new() { Language = "en" };

    [RequiresWhisperWeightsFact]
    public void Jfk_is_transcribed_word_exact()
    {
        using var stt = WhisperSpeechToText.Open(WhisperTestPaths.FindRealModel()!, Settings);
        var transcript = Transcribe(stt, "en_jfk.wav");
        Assert.Equal(
            WordErrorRate.Normalize("And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country."),
            WordErrorRate.Normalize(transcript.Text));
        Assert.InRange(transcript.Confidence, 0.5f, 1f);
    }

    [RequiresWhisperWeightsFact]
    public void English_clips_have_a_pooled_word_error_rate_of_at_most_15_percent()
    {
        using var stt = WhisperSpeechToText.Open(WhisperTestPaths.FindRealModel()!, Settings);
        var errors = 0;
        var words = 0;
        var report = new List<string>();
        foreach (var line in File.ReadAllLines(WhisperTestPaths.Audio("transcripts.tsv")))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || !parts[0].StartsWith("en_", StringComparison.Ordinal))
                continue;
            // Sessions keep only the last 30 s (one whisper window): longer clips (the 35 s Harvard list) are not scored.
            if (TestWav.Read16k(WhisperTestPaths.Audio(parts[0])).Length > 30 * WhisperSettings.SampleRate)
                continue;
            var hypothesis = Transcribe(stt, parts[0]).Text;
            var (e, n) = WordErrorRate.Count(parts[1], hypothesis);
            errors += e;
            words += n;
            report.Add($"{parts[0]}: {e}/{n} \"{hypothesis}\"");
        }
        var wer = (double)errors / words;
        Assert.True(wer <= 0.15, $"WER {wer:P1}\n{string.Join('\n', report)}");
    }

    private static Transcript Transcribe(WhisperSpeechToText stt, string file)
    {
        using var session = stt.StartSession(English);
        session.AcceptAudio(TestWav.Read16k(WhisperTestPaths.Audio(file)));
        return session.Finish();
    }
}
