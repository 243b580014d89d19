using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Inference.Tests.PocketSphinx;

public sealed class LetterToSoundTests
{
    [Theory]
    [InlineData("thukpa", "T UH K P AH")]
    [InlineData("momos", "M OW M OW Z")]
    [InlineData("paneer", "P AH N IY R")]
    [InlineData("masala", "M AH S AH L AH")]
    [InlineData("tikka", "T IH K AH")]
    [InlineData("biryani", "B IH R Y AH N IY")]
    public void RomanisedWordsGetPlausiblePhones(string word, string expected) =>
        Assert.Equal(expected, LetterToSound.ToArpabet(word));

    [Fact]
    public void EnglishReadingIsOfferedAsAnAlternate() =>
        Assert.Equal(["T UH K P AH", "TH AH K P AH"], LetterToSound.Candidates("thukpa"));

    [Fact]
    public void EveryDerivedPhoneIsInTheArpabetSet()
    {
        foreach (var word in new[] { "xylophone", "quetzal", "chhole", "bhature", "kadhai", "aaloo", "whey" })
            Assert.True(LetterToSound.IsValidPronunciation(LetterToSound.ToArpabet(word)), word);
    }

    [Theory]
    [InlineData("M OW1 M OW0 Z", true)]
    [InlineData("m ow m ow z", true)]
    [InlineData("M XX Z", false)]
    [InlineData("", false)]
    public void PronunciationsAreValidated(string phones, bool valid) =>
        Assert.Equal(valid, LetterToSound.IsValidPronunciation(phones));

    [Fact]
    public void CanonicalFormDropsStressAndUppercases() =>
        Assert.Equal("M OW M OW Z", LetterToSound.Canonical("m ow1  m ow0 z"));
}
