namespace MediaCore.Inference.Text;

/// <summary>
/// The words of one language for the things <see cref="SpeechNormalizer"/> finds in text. The rules decide
/// what a token is (a price, a time, a phone number); the verbalizer decides how it is said.
/// </summary>
internal interface ISpeechVerbalizer
{
    /// <summary>0 ≤ n; whole numbers in words ("two hundred twenty", "do sau bees").</summary>
    string Cardinal(long n);

    /// <summary>"twenty first", "pehla".</summary>
    string Ordinal(long n);

    /// <summary>The day of a date next to a month name ("third" in English, "teen" in Hindi).</summary>
    string DateDay(int day);

    /// <summary>One digit of a phone number.</summary>
    string Digit(int digit);

    /// <summary>A decimal number, fraction digits read one by one ("eight point five").</summary>
    string Decimal(string integerDigits, string fractionDigits);

    /// <summary>An amount in rupees and paise ("two hundred twenty rupees and fifty paise").</summary>
    string Money(long rupees, int paise);

    /// <summary>An amount with a scale word: <paramref name="amountWords"/> already in words ("two point five crore rupees").</summary>
    string ScaledMoney(string amountWords, MoneyScale scale);

    /// <summary>The word between the ends of a range ("10-12" → "ten to twelve", "das se baarah").</summary>
    string RangeWord { get; }

    /// <summary>A clock time; <paramref name="hour"/> 0–23, or 1–12 with a meridiem.</summary>
    string Time(int hour, int minute, Meridiem meridiem);

    string Percent(string numberWords);

    /// <summary>The word for "&amp;".</summary>
    string And { get; }

    /// <summary>The word for a leading "+" of a phone number.</summary>
    string Plus { get; }
}
