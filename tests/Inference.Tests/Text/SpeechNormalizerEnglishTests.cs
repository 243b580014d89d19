using MediaCore.Inference.Text;

namespace MediaCore.Inference.Tests.Text;

public sealed class SpeechNormalizerEnglishTests
{
    private static readonly SpeechNormalizer English = new("en");

    [Theory]
    [InlineData("₹220", "two hundred twenty rupees")]
    [InlineData("Chicken momos are ₹220.", "Chicken momos are two hundred twenty rupees.")]
    [InlineData("₹ 220", "two hundred twenty rupees")]
    [InlineData("Rs 1,500", "one thousand five hundred rupees")]
    [InlineData("Rs. 1500", "one thousand five hundred rupees")]
    [InlineData("Rs.1500/- only", "one thousand five hundred rupees only")]
    [InlineData("INR 500", "five hundred rupees")]
    [InlineData("₹1,50,000", "one lakh fifty thousand rupees")]
    [InlineData("₹150,000", "one lakh fifty thousand rupees")]
    [InlineData("₹2,35,00,000", "two crore thirty five lakh rupees")]
    [InlineData("₹220.50", "two hundred twenty rupees and fifty paise")]
    [InlineData("₹0.5", "fifty paise")]
    [InlineData("₹1", "one rupee")]
    [InlineData("₹2.5 crore", "two point five crore rupees")]
    [InlineData("Rs 3 lakh", "three lakh rupees")]
    [InlineData("₹5k", "five thousand rupees")]
    public void Prices(string text, string spoken) => Assert.Equal(spoken, English.Normalize(text));

    [Theory]
    [InlineData("8:30", "eight thirty")]
    [InlineData("8:05", "eight oh five")]
    [InlineData("8:00", "eight o'clock")]
    [InlineData("19:00", "seven p.m.")]
    [InlineData("19:45", "seven forty five p.m.")]
    [InlineData("00:30", "twelve thirty a.m.")]
    [InlineData("11am", "eleven a.m.")]
    [InlineData("11 AM", "eleven a.m.")]
    [InlineData("10:30 pm", "ten thirty p.m.")]
    [InlineData("We open at 11 a.m. tomorrow", "We open at eleven a.m. tomorrow")]
    [InlineData("We close at 10 p.m. See you.", "We close at ten p.m. See you.")]
    [InlineData("Dinner at 8.30 pm", "Dinner at eight thirty p.m.")]
    public void Times(string text, string spoken) => Assert.Equal(spoken, English.Normalize(text));

    [Theory]
    [InlineData("Call 98765 43210.", "Call nine eight seven six five, four three two one zero.")]
    [InlineData("9876543210", "nine eight seven six five, four three two one zero")]
    [InlineData("+91 98765-43210", "plus nine one, nine eight seven six five, four three two one zero")]
    [InlineData("080-2345-6789", "zero eight zero, two three four five, six seven eight nine")]
    [InlineData("09876543210", "zero, nine eight seven six five, four three two one zero")]
    public void Phone_numbers_are_read_digit_by_digit_in_groups(string text, string spoken) =>
        Assert.Equal(spoken, English.Normalize(text));

    [Theory]
    [InlineData("3rd March", "third March")]
    [InlineData("the 21st of June", "the twenty first of June")]
    [InlineData("March 2nd", "March second")]
    [InlineData("15 August", "fifteenth August")]
    [InlineData("our 100th order", "our one hundredth order")]
    [InlineData("the 12th table", "the twelfth table")]
    [InlineData("the 40th guest", "the fortieth guest")]
    public void Dates_and_ordinals(string text, string spoken) => Assert.Equal(spoken, English.Normalize(text));

    [Theory]
    [InlineData("20% off", "twenty percent off")]
    [InlineData("12.5 % tax", "twelve point five percent tax")]
    [InlineData("a table for 4", "a table for four")]
    [InlineData("1,500 people", "one thousand five hundred people")]
    [InlineData("150000", "one lakh fifty thousand")]
    [InlineData("12345678", "one crore twenty three lakh forty five thousand six hundred seventy eight")]
    [InlineData("2.75 kg", "two point seven five kg")]
    [InlineData("10-12 minutes", "ten to twelve minutes")]
    [InlineData("code 007", "code zero zero seven")]
    [InlineData("0", "zero")]
    [InlineData("113", "one hundred thirteen")]
    public void Numbers_and_percentages(string text, string spoken) => Assert.Equal(spoken, English.Normalize(text));

    [Fact]
    public void International_grouping_for_en_US()
    {
        var us = new SpeechNormalizer("en-US");
        Assert.Equal("one million five hundred thousand", us.Normalize("1,500,000"));
        Assert.Equal("one hundred fifty thousand rupees", us.Normalize("₹1,50,000"));
    }

    [Theory]
    [InlineData("Momos & chai", "Momos and chai")]
    [InlineData("Momos&chai", "Momos and chai")]
    [InlineData("Just   text, nothing  else.", "Just text, nothing else.")]
    public void Symbols_and_spacing(string text, string spoken) => Assert.Equal(spoken, English.Normalize(text));

    [Fact]
    public void A_whole_reply()
    {
        Assert.Equal(
            "Your table for six is booked on third March at seven thirty p.m. The set menu is one thousand two hundred " +
            "rupees per head and includes a twenty percent discount. Call nine eight seven six five, four three two one zero to change it.",
            English.Normalize("Your table for 6 is booked on 3rd March at 19:30. The set menu is Rs. 1,200 per head & includes " +
                              "a 20% discount. Call 98765 43210 to change it."));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("hi-Latn")]
    public void Seeded_fuzz_never_throws_and_leaves_no_digits(string language)
    {
        var normalizer = new SpeechNormalizer(language);
        const string alphabet = "0123456789000999,.:;-–+%&₹ /RsINRamp kthlakhcroreMarch st nd rd th";
        var random = new Random(20260521);
        for (var trial = 0; trial < 3000; trial++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var spoken = normalizer.Normalize(text);
            Assert.False(spoken.Any(char.IsAsciiDigit), $"'{text}' → '{spoken}' still has digits");
        }
    }

    [Theory]
    [InlineData("99999999999999999999th", "nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine")]
    [InlineData("99999999999999999999.5", "nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine nine point five")]
    public void Numbers_too_long_for_words_are_read_digit_by_digit(string text, string spoken) =>
        Assert.Equal(spoken, English.Normalize(text));

    [Fact]
    public void Unknown_language_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new SpeechNormalizer("fr"));
}
