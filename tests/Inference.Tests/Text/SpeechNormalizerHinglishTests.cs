using MediaCore.Inference.Text;

namespace MediaCore.Inference.Tests.Text;

public sealed class SpeechNormalizerHinglishTests
{
    private static readonly SpeechNormalizer Hinglish = new("hi-Latn");

    [Theory]
    [InlineData("₹220", "do sau bees rupaye")]
    [InlineData("₹1", "ek rupaya")]
    [InlineData("Rs 1,500", "ek hazaar paanch sau rupaye")]
    [InlineData("₹1,50,000", "ek laakh pachaas hazaar rupaye")]
    [InlineData("₹3 crore", "teen karod rupaye")]
    [InlineData("₹99.50", "ninyaanave rupaye aur pachaas paise")]
    public void Prices(string text, string spoken) => Assert.Equal(spoken, Hinglish.Normalize(text));

    [Theory]
    [InlineData("8:30", "saadhe aath baje")]
    [InlineData("8:00", "aath baje")]
    [InlineData("8:15", "sawa aath baje")]
    [InlineData("8:45", "paune nau baje")]
    [InlineData("12:45", "paune ek baje")]
    [InlineData("1:30", "dedh baje")]
    [InlineData("2:30", "dhaai baje")]
    [InlineData("8:10", "aath baj kar das minute")]
    [InlineData("19:00", "shaam saat baje")]
    [InlineData("10:30 pm", "raat saadhe das baje")]
    [InlineData("11am", "subah gyaarah baje")]
    [InlineData("2 pm", "dopahar do baje")]
    public void Times(string text, string spoken) => Assert.Equal(spoken, Hinglish.Normalize(text));

    [Theory]
    [InlineData("98765 43210", "nau aath saat chhah paanch, chaar teen do ek shoonya")]
    [InlineData("3rd March", "teen March")]
    [InlineData("2nd table", "doosra table")]
    [InlineData("5th floor", "paanchvaan floor")]
    [InlineData("20% discount", "bees percent discount")]
    [InlineData("momos & chai", "momos aur chai")]
    [InlineData("4-5 log", "chaar se paanch log")]
    public void Phones_dates_ordinals_percent_symbols(string text, string spoken) => Assert.Equal(spoken, Hinglish.Normalize(text));

    [Fact]
    public void The_full_table_from_one_to_a_hundred_has_a_distinct_word_for_each_number()
    {
        var words = Enumerable.Range(0, 101).Select(n => Hinglish.Normalize(n.ToString())).ToList();
        Assert.Equal(101, words.Distinct().Count());
        Assert.All(words, w => Assert.Matches("^[a-z]+$", w));
        Assert.Equal(["ek", "das", "gyaarah", "bees", "ikkees", "pachchees", "tees", "chaalees", "pachaas", "saath", "sattar", "assi", "nabbe", "ninyaanave", "sau"],
            new[] { 1, 10, 11, 20, 21, 25, 30, 40, 50, 60, 70, 80, 90, 99, 100 }.Select(n => words[n]));
    }

    [Theory]
    [InlineData("101", "ek sau ek")]
    [InlineData("250", "do sau pachaas")]
    [InlineData("1000", "ek hazaar")]
    [InlineData("25000", "pachchees hazaar")]
    [InlineData("10000000", "ek karod")]
    [InlineData("1,25,00,00,000", "ek sau pachchees karod")]
    public void Large_numbers_use_sau_hazaar_laakh_karod(string text, string spoken) => Assert.Equal(spoken, Hinglish.Normalize(text));

    [Theory]
    [InlineData("Hum 11am. tak khule hain", "Hum subah gyaarah baje tak khule hain")]
    [InlineData("Kal milte hain 11am. Dhanyavaad", "Kal milte hain subah gyaarah baje. Dhanyavaad")]
    [InlineData("Aaiye 19:30.", "Aaiye shaam saadhe saat baje.")]
    public void A_sentence_end_after_a_time_is_kept(string text, string spoken) => Assert.Equal(spoken, Hinglish.Normalize(text));

    [Fact]
    public void Hinglish_alias() => Assert.Equal("do sau bees rupaye", new SpeechNormalizer("hinglish").Normalize("₹220"));
}
