namespace MediaCore.Inference.PocketSphinx;

/// <summary>Spells small integers the way callers say them ("220" → "two hundred twenty"), for grammar phrases.</summary>
internal static class NumberWords
{
    public static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    public static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>Words for 0..9999; larger values are spelled digit by digit.</summary>
    public static string Spell(long value)
    {
        if (value < 0)
            return "minus " + Spell(-value);
        if (value >= 10_000)
            return string.Join(' ', value.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => Units[d - '0']));
        var parts = new List<string>();
        if (value >= 1000)
        {
            parts.Add(Units[value / 1000] + " thousand");
            value %= 1000;
        }
        if (value >= 100)
        {
            parts.Add(Units[value / 100] + " hundred");
            value %= 100;
        }
        if (value > 0 || parts.Count == 0)
            parts.Add(value <= 20 ? Units[value] : value % 10 == 0 ? Tens[value / 10] : Tens[value / 10] + " " + Units[value % 10]);
        return string.Join(' ', parts);
    }
}
