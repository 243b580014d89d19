using MediaCore.Inference.Abstractions;
using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>Session edge cases: empty audio, noise, partials, missing models.</summary>
[Collection(PocketSphinxCollection.Name)]
public sealed class PocketSphinxSessionTests(PocketSphinxEngineFixture fixture)
{
    [Fact]
    public void EmptyAudioGivesEmptyTranscripts()
    {
        using var session = fixture.Engine.StartSession(TenantMenu.Options());
        var partial = session.Partial();
        var final = session.Finish();
        Assert.Equal(string.Empty, partial.Text);
        Assert.False(partial.IsFinal);
        Assert.Equal(string.Empty, final.Text);
        Assert.True(final.IsFinal);
    }

    [Fact]
    public void SilenceGivesEmptyTranscript()
    {
        using var session = fixture.Engine.StartSession(TenantMenu.Options());
        session.AcceptAudio(new short[16_000]);
        Assert.Equal(string.Empty, session.Finish().Text);
    }

    [Fact]
    public void NoiseDoesNotCrashAndSessionStaysUsable()
    {
        var random = new Random(1234);
        var noise = new short[16_000 * 2];
        for (var i = 0; i < noise.Length; i++)
            noise[i] = (short)random.Next(-12_000, 12_000);
        using var session = fixture.Engine.StartSession(TenantMenu.Options());
        session.AcceptAudio(noise);
        _ = session.Partial();
        var noisy = session.Finish();
        Assert.True(noisy.IsFinal);
        Assert.Equal(TimeSpan.FromSeconds(2), noisy.AudioDuration);
        session.AcceptAudio(SphinxTestAudio.FliteSpeech16k("yes"));
        Assert.Equal("yes", session.Finish().Text);
    }

    [Fact]
    public void PartialHypothesisGrowsWhileSpeakingAndFinishCompletesIt()
    {
        var speech = SphinxTestAudio.FliteSpeech16k("i want to book a table for six tomorrow");
        using var session = fixture.Engine.StartSession(TenantMenu.Options());
        var half = speech.Length / 2;
        for (var offset = 0; offset < half; offset += 320)
            session.AcceptAudio(speech.AsSpan(offset, Math.Min(320, half - offset)));
        var partial = session.Partial();
        session.AcceptAudio(speech.AsSpan(half));
        var final = session.Finish();
        Assert.False(partial.IsFinal);
        Assert.NotEmpty(partial.Text);
        Assert.StartsWith("i want", partial.Text);
        Assert.Equal("i want to book a table for six tomorrow", final.Text);
    }

    [Fact]
    public void ResetDropsTheUtterance()
    {
        using var session = fixture.Engine.StartSession(TenantMenu.Options());
        session.AcceptAudio(SphinxTestAudio.FliteSpeech16k("no"));
        _ = session.Partial();
        session.Reset();
        session.AcceptAudio(SphinxTestAudio.FliteSpeech16k("yes"));
        Assert.Equal("yes", session.Finish().Text);
    }

    [Fact]
    public void MissingModelFolderIsNamedInTheError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mediacore-no-such-sphinx-model");
        var error = Assert.Throws<DirectoryNotFoundException>(() => new PocketSphinxSpeechToText(missing));
        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void FolderWithoutAcousticModelIsNamedInTheError()
    {
        var folder = Directory.CreateTempSubdirectory("mediacore-sphinx-empty-").FullName;
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => new PocketSphinxSpeechToText(folder));
            Assert.Contains(folder, error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void DebianModelIsFound()
    {
        var model = PocketSphinxModel.DebianEnglish();
        Assert.EndsWith("en-us", model.AcousticModelFolder);
        Assert.EndsWith("en-us.lm.bin", model.LanguageModelFile);
        Assert.EndsWith("cmudict-en-us.dict", model.DictionaryFile);
        Assert.Equal("pocketsphinx", fixture.Engine.EngineName);
    }

    [Fact]
    public void DisposedSessionRejectsAudio()
    {
        var session = fixture.Engine.StartSession(new SpeechRecognitionOptions());
        session.Dispose();
        Assert.Throws<ObjectDisposedException>(() => session.AcceptAudio(new short[10]));
    }
}
