using MediaCore.Inference.Tts;

namespace MediaCore.Inference.Tests.Tts;

public sealed class EspeakPhonemizerTests
{
    [Fact]
    public async Task English_golden_phonemes()
    {
        var ipa = await new EspeakPhonemizer("en-us").PhonemizeAsync("Chicken momos are two hundred twenty rupees");
        Assert.Equal(["tʃˈɪkɪn mˈoʊmoʊz ɑːɹ tˈuː hˈʌndɹɪd twˈɛnti ɹˈuːpiːz"], ipa);
    }

    [Fact]
    public async Task Normalised_price_gives_the_golden_phonemes()
    {
        var text = new MediaCore.Inference.Text.SpeechNormalizer("en").Normalize("Chicken momos are ₹220");
        var ipa = await new EspeakPhonemizer("en-us").PhonemizeAsync(text);
        Assert.Equal(["tʃˈɪkɪn mˈoʊmoʊz ɑːɹ tˈuː hˈʌndɹɪd twˈɛnti ɹˈuːpiːz"], ipa);
    }

    [Fact]
    public async Task Hindi_golden_phonemes_with_danda_as_period()
    {
        var ipa = await new EspeakPhonemizer("hi").PhonemizeAsync("नमस्ते आपका स्वागत है। आप कैसे हैं?");
        Assert.Equal(2, ipa.Count);
        Assert.Equal("nəmˈʌsteː ˌaːpkˌaː sʋˈaːɡət hɛː.", ipa[0]);
        Assert.EndsWith("?", ipa[1]);
    }

    [Fact]
    public async Task Punctuation_is_kept_per_clause_and_sentences_are_separate()
    {
        var ipa = await new EspeakPhonemizer("en-us").PhonemizeAsync("Hello, world. How are you? Fine!");
        Assert.Equal(["həlˈoʊ, wˈɜːld.", "hˈaʊ ɑːɹ juː?", "fˈaɪn!"], ipa);
    }

    [Fact]
    public async Task Language_switch_markers_are_stripped()
    {
        var ipa = await new EspeakPhonemizer("hi").PhonemizeAsync("namaste aapka swagat hai");
        var sentence = Assert.Single(ipa);
        Assert.DoesNotContain("(", sentence);
        Assert.Contains("ˈɑːpkə", sentence);
    }

    [Fact]
    public async Task Abbreviations_and_decimals_stay_inside_their_sentence()
    {
        var ipa = await new EspeakPhonemizer("en-us").PhonemizeAsync("Dr. Rao opens at 8.30 today.");
        var sentence = Assert.Single(ipa);
        Assert.EndsWith(".", sentence);
        Assert.Contains("pɔɪnt", sentence); // espeak reads 8.30 as a decimal: one clause, no stray period
    }

    [Theory]
    [InlineData("tʃˈɪkɪn mˈoʊmoʊz", "CH IH K IH N M OW M OW Z")]
    [InlineData("bˈʌɾɚ", "B AH T ER")]
    [InlineData("fˈoːɹ", "F AO R")]
    [InlineData("ðə θˈɪŋ", "DH AH TH IH NG")]
    [InlineData("dʒˈʌdʒ", "JH AH JH")]
    public void Ipa_converts_to_arpabet(string ipa, string arpabet) =>
        Assert.Equal(arpabet, ArpabetFromEspeak.Convert(ipa));

    [Theory]
    [InlineData("momos", "M OW M OW Z")]
    [InlineData("paneer", "P AE N IH R")]
    [InlineData("thukpa", "TH AH K P AH")]
    [InlineData("masala", "M AH Z AA L AH")]
    [InlineData("veg", "V EH JH")]
    public async Task Missing_dictionary_words_get_arpabet_from_espeak(string word, string arpabet) =>
        Assert.Equal(arpabet, await ArpabetFromEspeak.PronounceAsync(word));
}
