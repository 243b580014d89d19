using System.Text.Json;
using MediaCore.Inference.Evaluation;
using MediaCore.Models;

namespace MediaCore.Server.Tests;

public sealed class TranscribeCommandTests
{
    private static readonly string OneTwoThree = TestPaths.Audio("en_one_two_three.wav"); // 44.1 kHz

    [Fact]
    public void A_44_kHz_file_is_resampled_and_transcribed_by_pocketsphinx()
    {
        var run = CliRun.Of("transcribe", OneTwoThree, "--engine", "pocketsphinx");

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = run.Output.Trim();
        // The generic language model inserts at most one word here ("one and two three"): the digits must all be heard, in order.
        Assert.True(WordErrorRate.Compute("one two three", text) <= 0.34, run.ToString());
        var words = WordErrorRate.Words(text);
        Assert.True(Array.IndexOf(words, "one") < Array.IndexOf(words, "two") && Array.IndexOf(words, "two") < Array.IndexOf(words, "three")
            && Array.IndexOf(words, "one") >= 0, text);
    }

    [Fact]
    public void Json_output_has_engine_language_probability_and_timings()
    {
        var run = CliRun.Of("transcribe", OneTwoThree, "--engine", "pocketsphinx", "--language", "en", "--json");

        Assert.True(run.ExitCode == 0, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("pocketsphinx", root.GetProperty("engine").GetString());
        Assert.Equal("en", root.GetProperty("language").GetString());
        Assert.Contains("three", root.GetProperty("text").GetString());
        Assert.InRange(root.GetProperty("languageProbability").GetDouble(), 0, 1);
        Assert.InRange(root.GetProperty("audioSeconds").GetDouble(), 2.6, 2.9); // the clip lasts 2.74 s
        var decode = root.GetProperty("decodeSeconds").GetDouble();
        Assert.True(decode > 0, run.Output);
        Assert.Equal(decode / root.GetProperty("audioSeconds").GetDouble(), root.GetProperty("realTimeFactor").GetDouble(), 2);
    }

    [Fact]
    public void A_non_wav_file_fails_with_one_line_naming_it()
    {
        using var temp = new TempFolder();
        var notWav = temp.File("notes.wav");
        File.WriteAllText(notWav, "this is a text file, not audio");

        var run = CliRun.Of("transcribe", notWav);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("", run.Output);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(notWav, line);
        Assert.Contains("not a RIFF file", line);
    }

    [Fact]
    public void A_missing_file_fails_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mediacore-no-such-file.wav");

        var run = CliRun.Of("transcribe", missing);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(missing, run.Error);
    }

    [Fact]
    public void Whisper_requested_without_weights_says_which_file_is_missing_and_how_to_fetch_it()
    {
        using var temp = new TempFolder();
        var config = temp.File("inference.json");
        File.WriteAllText(config, $$"""{ "whisperModel": "whisper-tiny.en", "modelsDir": "{{temp.Path}}" }""");
        var present = new ModelResolver(configuredDir: temp.Path).TryResolve("whisper-tiny.en", out _);

        var run = CliRun.Of("transcribe", OneTwoThree, "--engine", "whisper", "--config", config);

        if (present)
        {
            Assert.True(run.ExitCode == 0, "real tiny.en weights are installed, so whisper must run: " + run);
            return;
        }
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("ggml-tiny.en.bin not found", run.Error);
        Assert.Contains("mediacore models fetch --only whisper-tiny.en", run.Error);
        Assert.Equal("", run.Output);
    }
}
