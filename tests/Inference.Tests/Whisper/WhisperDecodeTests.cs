using System.Diagnostics;
using MediaCore.Inference.Abstractions;
using MediaCore.Inference.Whisper;
using MediaCore.Inference.Whisper.ModelFile;

namespace MediaCore.Inference.Tests.Whisper;

/// <summary>Decodes real speech with a generated random-weight TestTiny model through the real whisper.cpp library.</summary>
[Collection(GeneratedWhisperModelCollection.Name)]
public sealed class WhisperDecodeTests(GeneratedWhisperModelFixture fixture)
{
    private static readonly SpeechRecognitionOptions English = new() { Language = "en" };

    [Fact]
    public void Loaded_model_reports_the_written_dimensions()
    {
        var d = fixture.Model.Dimensions;
        Assert.Equal((51864, 1500, 64, 1, 1, 64, 64, 1, 1, 80, 1),
            (d.NVocab, d.NAudioCtx, d.NAudioState, d.NAudioHead, d.NAudioLayer, d.NTextCtx, d.NTextState, d.NTextHead,
                d.NTextLayer, d.NMels, d.FType));
        Assert.False(d.IsMultilingual);
        Assert.StartsWith("1.", WhisperModel.NativeVersion());
    }

    [Fact]
    public void Jfk_decodes_to_some_text_with_confidence_and_timings()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings);
        using var session = stt.StartSession(English);
        var audio = TestWav.Read16k(WhisperTestPaths.Audio("en_jfk.wav"));
        session.AcceptAudio(audio);
        var clock = Stopwatch.StartNew();
        var transcript = session.Finish();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"decode took {clock.Elapsed}");
        Assert.NotEqual(string.Empty, transcript.Text);
        Assert.True(transcript.IsFinal);
        Assert.Equal("whisper", transcript.Engine);
        Assert.Equal("en", transcript.Language);
        Assert.Equal(1f, transcript.LanguageProbability);
        Assert.InRange(transcript.Confidence, float.Epsilon, 1f);
        Assert.Equal(11.0, transcript.AudioDuration.TotalSeconds, 1);
        Assert.True(transcript.DecodeTime > TimeSpan.Zero);
        Assert.Equal(Transcript.Empty("whisper", true).Text, session.Finish().Text); // Finish cleared the audio
    }

    [Fact]
    public async Task Four_concurrent_sessions_on_one_model_all_decode_the_same_text()
    {
        var audio = TestWav.Read16k(WhisperTestPaths.Audio("en_jfk.wav"))[..(5 * 16000)];
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings with { Threads = 1 });
        string Decode()
        {
            using var session = stt.StartSession(English);
            session.AcceptAudio(audio);
            return session.Finish().Text;
        }

        var sequential = Decode();
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Decode)));
        Assert.All(concurrent, text => Assert.Equal(sequential, text));
        Assert.NotEqual(string.Empty, sequential);
    }

    [Fact]
    public void A_model_with_a_generated_vocabulary_decodes()
    {
        // Regression: whisper.cpp calls std::terminate when the vocabulary lacks " " and suppress_blank is on.
        var path = Path.Combine(fixture.Folder, "generated-vocabulary.bin");
        GgmlWhisperModelWriter.Write(path, GgmlWhisperHyperParameters.TestTiny, new GgmlWhisperModelWriterOptions { Seed = 11 });
        using var stt = WhisperSpeechToText.Open(path, GeneratedWhisperModelFixture.FastSettings with { SuppressBlank = true });
        using var session = stt.StartSession(English);
        session.AcceptAudio(TestWav.Read16k(WhisperTestPaths.Audio("en_jfk.wav"))[..32000]);
        Assert.Contains(" w", " " + session.Finish().Text);
    }

    [Fact]
    public void Empty_audio_gives_an_empty_transcript()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings);
        using var session = stt.StartSession(English);
        var partial = session.Partial();
        var final = session.Finish();
        Assert.Equal((string.Empty, false, 0f), (partial.Text, partial.IsFinal, partial.Confidence));
        Assert.Equal((string.Empty, true), (final.Text, final.IsFinal));
    }

    [Fact]
    public void Over_long_input_keeps_the_last_30_seconds()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings with { MaxTokens = 2 });
        using var session = stt.StartWhisperSession(English);
        var jfk = TestWav.Read16k(WhisperTestPaths.Audio("en_jfk.wav"));
        for (var i = 0; i < 4; i++)
            session.AcceptAudio(jfk); // 44 s
        Assert.Equal(TimeSpan.FromSeconds(30), session.BufferedAudio);
        session.AcceptAudio(new short[40 * 16000]); // one chunk longer than the window
        Assert.Equal(TimeSpan.FromSeconds(30), session.BufferedAudio);
        var transcript = session.Finish();
        Assert.Equal(30.0, transcript.AudioDuration.TotalSeconds, 3);
    }

    [Fact]
    public void Partials_grow_with_the_utterance_and_follow_the_cadence()
    {
        var settings = GeneratedWhisperModelFixture.FastSettings with { PartialInterval = TimeSpan.FromMilliseconds(400) };
        using var stt = new WhisperSpeechToText(fixture.Model, settings);
        using var session = stt.StartWhisperSession(English);
        var jfk = TestWav.Read16k(WhisperTestPaths.Audio("en_jfk.wav"));

        Assert.False(session.ShouldDecodePartial(TimeSpan.Zero)); // nothing heard yet
        session.AcceptAudio(jfk.AsSpan(0, 16000));
        Assert.True(session.ShouldDecodePartial(TimeSpan.FromSeconds(1)));
        var first = session.Partial(TimeSpan.FromSeconds(1));
        Assert.False(session.ShouldDecodePartial(TimeSpan.FromSeconds(2))); // no new audio
        session.AcceptAudio(jfk.AsSpan(16000, 16000));
        Assert.False(session.ShouldDecodePartial(TimeSpan.FromSeconds(1.2))); // too soon
        Assert.True(session.ShouldDecodePartial(TimeSpan.FromSeconds(1.4)));
        var second = session.Partial(TimeSpan.FromSeconds(1.4));

        Assert.False(first.IsFinal);
        Assert.Equal(1.0, first.AudioDuration.TotalSeconds, 3);
        Assert.Equal(2.0, second.AudioDuration.TotalSeconds, 3);
        Assert.Equal(2.0, session.Finish().AudioDuration.TotalSeconds, 3);
        Assert.Equal(TimeSpan.Zero, session.BufferedAudio);
    }

    [Fact]
    public void Reset_drops_the_utterance()
    {
        using var stt = new WhisperSpeechToText(fixture.Model, GeneratedWhisperModelFixture.FastSettings);
        using var session = stt.StartWhisperSession(English);
        session.AcceptAudio(new short[16000]);
        session.Reset();
        Assert.Equal(TimeSpan.Zero, session.BufferedAudio);
        Assert.Equal(string.Empty, session.Finish().Text);
    }

    [Fact]
    public void Unknown_language_is_rejected_when_the_session_starts()
    {
        using var stt = new WhisperSpeechToText(fixture.Model);
        var error = Assert.Throws<ArgumentException>(() => stt.StartSession(new SpeechRecognitionOptions { Language = "klingon" }));
        Assert.Contains("klingon", error.Message);
    }

    [Theory]
    [InlineData(32000, true, 192)]   // 2 s: 100 positions + 64 margin → 164 → 192
    [InlineData(80000, true, 320)]   // 5 s: 250 + 64 → 314 → 320
    [InlineData(16000 * 29, true, 0)] // nearly 30 s: full window
    [InlineData(32000, false, 0)]
    public void Audio_context_is_sized_to_the_utterance(int samples, bool shorten, int expected) =>
        Assert.Equal(expected, WhisperAudioContext.For(samples, new WhisperSettings { ShortenAudioContext = shorten }, 1500));
}
