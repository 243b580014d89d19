using System.Text;
using System.Text.RegularExpressions;

namespace MediaCore.Inference.Text;

/// <summary>
/// What is left after prices, times, phone numbers and dates: percentages ("12.5%"), ranges ("10-12"),
/// decimals ("8.5", fraction digits one by one), grouped numbers ("1,500", "1,50,000") and plain numbers.
/// A number with a leading zero or more than 15 digits is read digit by digit (a code, not a quantity).
/// </summary>
internal static partial class NumberRule
{
    private const int MaxCardinalDigits = 15;

    public static string Apply(string text, ISpeechVerbalizer words)
    {
        text = Percent().Replace(text, match => words.Percent(SayNumber(match.Groups["n"].Value, words)));
        text = Range().Replace(text, match =>
            $"{SayNumber(match.Groups["a"].Value, words)} {words.RangeWord} {SayNumber(match.Groups["b"].Value, words)}");
        text = Decimal().Replace(text, match => words.Decimal(match.Groups["i"].Value, match.Groups["f"].Value));
        text = Grouped().Replace(text, match => SayNumber(match.Value.Replace(",", "", StringComparison.Ordinal), words));
        return Plain().Replace(text, match => SayNumber(match.Value, words));
    }

    private static string SayNumber(string digits, ISpeechVerbalizer words)
    {
        var point = digits.IndexOf('.');
        return point > 0 ? words.Decimal(digits[..point], digits[(point + 1)..]) : SayInteger(digits, words);
    }

    /// <summary>A quantity in words, or digit by digit when it has a leading zero or is too long to be one.</summary>
    public static string SayInteger(string digits, ISpeechVerbalizer words) =>
        (digits.Length > 1 && digits[0] == '0') || digits.Length > MaxCardinalDigits
            ? DigitByDigit(digits, words)
            : words.Cardinal(long.Parse(digits));

    public static string DigitByDigit(string digits, ISpeechVerbalizer words)
    {
        var spoken = new StringBuilder();
        foreach (var digit in digits)
        {
            if (spoken.Length > 0)
                spoken.Append(' ');
            spoken.Append(words.Digit(digit - '0'));
        }
        return spoken.ToString();
    }

    [GeneratedRegex(@"(?<![\d.,])(?<n>\d+(?:\.\d+)?)\s?%", RegexOptions.CultureInvariant)]
    private static partial Regex Percent();

    [GeneratedRegex(@"(?<![\d.,:-])(?<a>\d{1,6})\s?[-–]\s?(?<b>\d{1,6})(?![\d.,:-])", RegexOptions.CultureInvariant)]
    private static partial Regex Range();

    [GeneratedRegex(@"(?<![\d.,])(?<i>\d+)\.(?<f>\d+)(?![\d.,]?\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    [GeneratedRegex(@"(?<![\d,.])\d{1,3}(?:,\d{2,3})+(?![\d]|,\d|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();
}
