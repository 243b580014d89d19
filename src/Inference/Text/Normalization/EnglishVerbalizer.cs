using System.Text;

namespace MediaCore.Inference.Text;

/// <summary>
/// English words. Clock times: "8:30" → "eight thirty", "8:05" → "eight oh five", "8:00" → "eight o'clock";
/// 24-hour times after noon, and times written with am/pm, end in "a.m." / "p.m." ("19:00" → "seven p.m.").
/// Checked against both engines: "a.m." is read "ay em" by espeak-ng and flite, while "a m" comes out as "uh em"
/// and flite drops "AM" altogether.
/// </summary>
internal sealed class EnglishVerbalizer(bool indianNumbering) : ISpeechVerbalizer
{
    public string And => "and";

    public string Plus => "plus";

    public string Cardinal(long n) => EnglishNumberWords.Cardinal(n, indianNumbering);

    public string Ordinal(long n) => EnglishNumberWords.Ordinal(n, indianNumbering);

    public string DateDay(int day) => Ordinal(day);

    public string Digit(int digit) => EnglishNumberWords.Digit(digit);

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
        var rupeeWords = $"{Cardinal(rupees)} {(rupees == 1 ? "rupee" : "rupees")}";
        if (paise == 0)
            return rupeeWords;
        var paiseWords = $"{Cardinal(paise)} {(paise == 1 ? "paisa" : "paise")}";
        return rupees == 0 ? paiseWords : $"{rupeeWords} and {paiseWords}";
    }

    public string RangeWord => "to";

    public string ScaledMoney(string amountWords, MoneyScale scale) => scale switch
    {
        MoneyScale.Thousand => $"{amountWords} thousand rupees",
        MoneyScale.Lakh => $"{amountWords} lakh rupees",
        _ => $"{amountWords} crore rupees",
    };

    public string Time(int hour, int minute, Meridiem meridiem)
    {
        if (meridiem == Meridiem.None && (hour == 0 || hour > 12))
        {
            meridiem = hour >= 12 ? Meridiem.Pm : Meridiem.Am;
            hour %= 12;
        }
        if (hour == 0 || hour > 12)
            hour = hour % 12 == 0 ? 12 : hour % 12;
        var words = new StringBuilder(Cardinal(hour));
        if (minute == 0 && meridiem == Meridiem.None)
            words.Append(" o'clock");
        else if (minute is > 0 and < 10)
            words.Append(" oh ").Append(Cardinal(minute));
        else if (minute >= 10)
            words.Append(' ').Append(Cardinal(minute));
        if (meridiem != Meridiem.None)
            words.Append(meridiem == Meridiem.Am ? " a.m." : " p.m.");
        return words.ToString();
    }

    public string Percent(string numberWords) => numberWords + " percent";
}
