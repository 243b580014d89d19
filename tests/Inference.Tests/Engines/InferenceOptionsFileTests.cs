using MediaCore.Inference.Engines;

namespace MediaCore.Inference.Tests.Engines;

public sealed class InferenceOptionsFileTests
{
    [Fact]
    public void Parses_engines_voices_and_whisper_settings()
    {
        var options = InferenceOptionsFile.Parse("""
            {
              // comments are allowed
              "stt": "pocketsphinx", "whisperModel": "whisper-tiny.en", "whisper": { "threads": 1, "maxTokens": 32 },
              "voices": { "hi": "espeak-ng:hi" }, "vad": "energy", "allowFallback": false,
            }
            """);

        Assert.Equal(SttEngine.PocketSphinx, options.Stt);
        Assert.Equal("whisper-tiny.en", options.WhisperModel);
        Assert.Equal(1, options.Whisper.Threads);
        Assert.Equal(32, options.Whisper.MaxTokens);
        Assert.Equal(VadEngine.Energy, options.Vad);
        Assert.False(options.AllowFallback);
        Assert.Equal("espeak-ng:hi", options.Voices["hi"]);
        Assert.Equal("piper:en_US-joe-medium", options.Voices["en"]); // languages not named keep their default voice
    }

    [Fact]
    public void Defaults_when_empty()
    {
        var options = InferenceOptionsFile.Parse("{}");

        Assert.Equal(new InferenceOptions().Stt, options.Stt);
        Assert.Equal(VadEngine.Silero, options.Vad);
        Assert.True(options.AllowFallback);
    }

    [Theory]
    [InlineData("""{ "stt": "kaldi" }""")]
    [InlineData("""{ "sst": "whisper" }""")]
    [InlineData("""{ "voices": { "en": "slt" } }""")]
    [InlineData("""{ "voices": { "en": "festival:kal" } }""")]
    [InlineData("[1, 2]")]
    public void Bad_files_fail_naming_the_file(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mediacore-options-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => InferenceOptionsFile.Load(path));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("piper:en_US-joe-medium", "piper", "en_US-joe-medium")]
    [InlineData("flite:slt", "flite", "slt")]
    [InlineData("espeak-ng:hi", "espeak-ng", "hi")]
    [InlineData("espeak:en-us", "espeak-ng", "en-us")]
    public void Voice_names_parse(string text, string engine, string voice)
    {
        Assert.True(VoiceSpec.TryParse(text, out var spec, out _));
        Assert.Equal(new VoiceSpec(engine, voice), spec);
    }

    [Theory]
    [InlineData("slt")]
    [InlineData(":slt")]
    [InlineData("flite:")]
    [InlineData("mbrola:us1")]
    public void Bad_voice_names_do_not_parse(string text)
    {
        Assert.False(VoiceSpec.TryParse(text, out _, out var error));
        Assert.Contains(text, error);
    }
}
