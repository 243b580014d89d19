using MediaCore.Inference.PocketSphinx;
using Xunit.Abstractions;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>Flite speech of tenant phrases must come back word-exact through the tenant grammar.</summary>
[Collection(PocketSphinxCollection.Name)]
public sealed class PocketSphinxTenantGrammarTests(PocketSphinxEngineFixture fixture, ITestOutputHelper output)
{
    [Theory]
    [InlineData("paneer momos")]
    [InlineData("two masala chai please")]
    [InlineData("a table for four at eight thirty")]
    [InlineData("yes")]
    [InlineData("no")]
    [InlineData("how much is the chicken fried momos")]
    [InlineData("i want to book a table for six tomorrow")]
    public void TenantPhraseIsRecognisedWordExact(string phrase)
    {
        using var session = fixture.Engine.StartSession(TenantMenu.Options());
        session.AcceptAudio(SphinxTestAudio.FliteSpeech16k(phrase));
        var transcript = session.Finish();
        output.WriteLine($"'{phrase}' → '{transcript.Text}' (confidence {transcript.Confidence:F2}, {transcript.DecodeTime.TotalMilliseconds:F0} ms)");
        Assert.Equal(phrase, transcript.Text);
        Assert.True(transcript.IsFinal);
        Assert.Equal("pocketsphinx", transcript.Engine);
        Assert.InRange(transcript.Confidence, 0.5f, 1f);
    }

    [Fact]
    public void UnknownWordWithoutPronunciationWorksThroughLetterToSoundFallback()
    {
        // "thukpa" is in no dictionary and, here, has no tenant pronunciation either.
        var options = TenantMenu.Options(withThukpaPronunciation: false);
        Assert.DoesNotContain("thukpa", options.Pronunciations.Keys);
        using var session = (PocketSphinxSession)fixture.Engine.StartSession(options);
        Assert.Contains("thukpa", session.Grammar);
        session.AcceptAudio(SphinxTestAudio.FliteSpeech16k("chicken thukpa"));
        var transcript = session.Finish();
        output.WriteLine($"'chicken thukpa' → '{transcript.Text}' (LM heard '{session.LastDecision.LanguageModel.Text}')");
        Assert.Equal("chicken thukpa", transcript.Text);
    }

    [Fact]
    public void SpeechOutsideTheGrammarFallsBackToTheLanguageModel()
    {
        using var session = (PocketSphinxSession)fixture.Engine.StartSession(TenantMenu.Options());
        session.AcceptAudio(SphinxTestAudio.FliteSpeech16k("can you deliver to my house"));
        var transcript = session.Finish();
        output.WriteLine($"grammar '{session.LastDecision.Grammar.Text}', LM '{session.LastDecision.LanguageModel.Text}' → '{transcript.Text}'");
        Assert.False(session.LastDecision.ChoseGrammar);
        Assert.Equal(session.LastDecision.LanguageModel.Text, transcript.Text);
        Assert.Contains("deliver", transcript.Text);
    }

    [Fact]
    public void PooledDecodersServeSuccessiveTenantsWithTheirOwnGrammars()
    {
        using (var first = fixture.Engine.StartSession(TenantMenu.Options()))
        {
            first.AcceptAudio(SphinxTestAudio.FliteSpeech16k("paneer momos"));
            Assert.Equal("paneer momos", first.Finish().Text);
        }
        var otherTenant = new MediaCore.Inference.Abstractions.SpeechRecognitionOptions
        {
            ExpectedPhrases = ["dal makhani", "garlic naan"],
            Pronunciations = new Dictionary<string, string> { ["makhani"] = "M AH K AA N IY", ["naan"] = "N AA N" },
        };
        using var second = (PocketSphinxSession)fixture.Engine.StartSession(otherTenant);
        Assert.DoesNotContain("momos", second.Grammar);
        second.AcceptAudio(SphinxTestAudio.FliteSpeech16k("two garlic naan please"));
        Assert.Equal("two garlic naan please", second.Finish().Text);
    }
}
