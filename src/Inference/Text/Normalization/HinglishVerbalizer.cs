using System.Text;

namespace MediaCore.Inference.Text;

/// <summary>
/// Romanised Hindi ("hi-Latn", Hinglish). Clock times use the spoken forms with "baje":
/// "8:00" → "aath baje", "8:15" → "sawa aath baje", "8:30" → "saadhe aath baje" (1:30 "dedh", 2:30 "dhaai"),
/// "8:45" → "paune nau baje", other minutes "aath baj kar das minute". A time written with am/pm or in 24-hour
/// form after noon gets the part of the day first: subah (4–11), dopahar (12–15), shaam (16–19), raat (20–3).
/// Dates use the plain number ("3rd March" → "teen March"), as spoken Hindi does.
/// </summary>
internal sealed class HinglishVerbalizer : ISpeechVerbalizer
{
    public string And => "aur";

    public string Plus => "plus";

    public string Cardinal(long n) => HindiNumberWords.Cardinal(n);

    public string Ordinal(long n) => HindiNumberWords.Ordinal(n);

    public string DateDay(int day) => Cardinal(day);

    public string Digit(int digit) => HindiNumberWords.Digit(digit);

    public string Decimal(string integerDigits, string fractionDigits)
    {
        var words = new StringBuilder(NumberRule.SayInteger(integerDigits, this));
        words.Append(" point");
        foreach (var digit in fractionDigits)
            words.Append(' ').Append(Digit(digit - '0'));
        return words.ToString();
    }

    public string Money(long rupees, int paise)
    {
        var rupeeWords = $"{Cardinal(rupees)} {(rupees == 1 ? "rupaya" : "rupaye")}";
        if (paise == 0)
            return rupeeWords;
        var paiseWords = $"{Cardinal(paise)} paise";
        return rupees == 0 ? paiseWords : $"{rupeeWords} aur {paiseWords}";
    }

    public string RangeWord => "se";

    public string ScaledMoney(string amountWords, MoneyScale scale) => scale switch
    {
        MoneyScale.Thousand => $"{amountWords} hazaar rupaye",
        MoneyScale.Lakh => $"{amountWords} laakh rupaye",
        _ => $"{amountWords} karod rupaye",
    };

    public string Time(int hour, int minute, Meridiem meridiem)
    {
        var hour24 = meridiem switch
        {
            Meridiem.Am => hour % 12,
            Meridiem.Pm => hour % 12 + 12,
            _ => hour,
        };
        var hour12 = hour24 % 12 == 0 ? 12 : hour24 % 12;
        var nextHour12 = hour12 % 12 + 1;
        var clock = minute switch
        {
            0 => $"{Cardinal(hour12)} baje",
            15 => $"sawa {Cardinal(hour12)} baje",
            30 when hour12 == 1 => "dedh baje",
            30 when hour12 == 2 => "dhaai baje",
            30 => $"saadhe {Cardinal(hour12)} baje",
            45 => $"paune {Cardinal(nextHour12)} baje",
            _ => $"{Cardinal(hour12)} baj kar {Cardinal(minute)} minute",
        };
        var saysPartOfDay = meridiem != Meridiem.None || hour24 > 12 || hour24 == 0;
        return saysPartOfDay ? $"{PartOfDay(hour24)} {clock}" : clock;
    }

    public string Percent(string numberWords) => numberWords + " percent";

    private static string PartOfDay(int hour24) => hour24 switch
    {
        >= 4 and < 12 => "subah",
        >= 12 and < 16 => "dopahar",
        >= 16 and < 20 => "shaam",
        _ => "raat",
    };
}
