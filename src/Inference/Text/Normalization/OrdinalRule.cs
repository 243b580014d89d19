using System.Text.RegularExpressions;

namespace MediaCore.Inference.Text;

/// <summary>
/// Dates and ordinals: "3rd March", "3 March", "March 3rd" → the language's date day ("third March");
/// any other "21st", "2nd" → an ordinal ("twenty first"). Month names are matched capitalised only ("may" is a verb).
/// </summary>
internal static partial class OrdinalRule
{
    public static string Apply(string text, ISpeechVerbalizer words)
    {
        text = DayBeforeMonth().Replace(text, match => SayDate(match, words, dayFirst: true));
        text = MonthBeforeDay().Replace(text, match => SayDate(match, words, dayFirst: false));
        return Ordinal().Replace(text, match =>
        {
            var digits = match.Groups["n"].Value;
            return digits.Length > MaxOrdinalDigits ? NumberRule.DigitByDigit(digits, words) : words.Ordinal(long.Parse(digits));
        });
    }

    private const int MaxOrdinalDigits = 15;

    private static string SayDate(Match match, ISpeechVerbalizer words, bool dayFirst)
    {
        var day = int.Parse(match.Groups["d"].Value);
        if (day is < 1 or > 31)
            return match.Value;
        var month = match.Groups["month"].Value;
        var of = match.Groups["of"].Value;
        return dayFirst ? $"{words.DateDay(day)}{of} {month}" : $"{month} {words.DateDay(day)}";
    }

    private const string Months =
        "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    [GeneratedRegex(@"(?<![\d.,:])(?<d>\d{1,2})(?i:st|nd|rd|th)?(?<of>\s+of)?\s+(?<month>" + Months + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayBeforeMonth();

    [GeneratedRegex(@"\b(?<month>" + Months + @")\s+(?<d>\d{1,2})(?i:st|nd|rd|th)?(?![\d.,:]?\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBeforeDay();

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d+)(?i:st|nd|rd|th)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
