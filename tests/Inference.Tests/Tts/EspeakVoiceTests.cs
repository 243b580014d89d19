using MediaCore.Inference.Tts;

namespace MediaCore.Inference.Tests.Tts;

public sealed class EspeakVoiceTests
{
    private const string Order = "how much is the butter chicken and the paneer momos";

    [Fact]
    public async Task English_speech_at_22050_Hz_in_20_ms_chunks()
    {
        using var voice = new EspeakVoice("en-us");
        var audio = await SynthesizedAudio.CollectAsync(voice, Order);

        Assert.Equal("espeak-ng:en-us", voice.VoiceName);
        TtsContractChecks.AssertPlausibleSpeech(audio, words: 10, expectedRate: 22050);
    }

    [Fact]
    public async Task Hindi_devanagari_text_is_spoken()
    {
        using var voice = new EspeakVoice("hi");
        var audio = await SynthesizedAudio.CollectAsync(voice, "नमस्ते आपका स्वागत है। आपको क्या चाहिए?");
        TtsContractChecks.AssertPlausibleSpeech(audio, words: 7, expectedRate: 22050);
    }

    [Fact]
    public async Task A_faster_rate_gives_shorter_audio()
    {
        using var slow = new EspeakVoice("en-us", wordsPerMinute: 120);
        using var fast = new EspeakVoice("en-us", wordsPerMinute: 300);
        var slowAudio = await SynthesizedAudio.CollectAsync(slow, Order);
        var fastAudio = await SynthesizedAudio.CollectAsync(fast, Order);
        Assert.True(fastAudio.DurationSeconds < slowAudio.DurationSeconds * 0.7,
            $"300 wpm gave {fastAudio.DurationSeconds:F2} s, 120 wpm {slowAudio.DurationSeconds:F2} s");
    }

    [Fact]
    public async Task Unknown_voice_fails_the_synthesis()
    {
        using var voice = new EspeakVoice("no-such-voice-xx");
        await Assert.ThrowsAsync<ArgumentException>(() => SynthesizedAudio.CollectAsync(voice, "hello"));
    }

    [Fact]
    public async Task Cancellation_stops_within_one_chunk()
    {
        using var voice = new EspeakVoice("en-us");
        await TtsContractChecks.AssertCancellationStopsWithinOneChunk(voice, Order + ". " + Order);
    }

    [Fact]
    public async Task Four_concurrent_calls_in_two_languages_each_get_their_own_correct_audio()
    {
        using var english = new EspeakVoice("en-us");
        using var hindi = new EspeakVoice("hi");
        string[] englishTexts = ["two masala chai please. Anything else?", "what are your hours"];
        string[] hindiTexts = ["नमस्ते आपका स्वागत है", "आपको क्या चाहिए?"];

        var expected = new List<short[]>();
        foreach (var text in englishTexts)
            expected.Add((await SynthesizedAudio.CollectAsync(english, text)).Samples);
        foreach (var text in hindiTexts)
            expected.Add((await SynthesizedAudio.CollectAsync(hindi, text)).Samples);

        var concurrent = await Task.WhenAll(
            englishTexts.Select(t => Task.Run(() => SynthesizedAudio.CollectAsync(english, t)))
                .Concat(hindiTexts.Select(t => Task.Run(() => SynthesizedAudio.CollectAsync(hindi, t)))));

        for (var i = 0; i < expected.Count; i++)
        {
            TtsContractChecks.AssertSameSpeech(expected[i], concurrent[i].Samples, english.SampleRate);
        }
    }
}
