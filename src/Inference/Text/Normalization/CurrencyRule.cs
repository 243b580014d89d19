using System.Text.RegularExpressions;

namespace MediaCore.Inference.Text;

/// <summary>
/// Rupee amounts: "₹220", "₹ 220", "Rs 1,500", "Rs. 1500/-", "INR 500", "₹1,50,000" (Indian or Western digit
/// grouping), "₹220.50" (paise), "₹2.5 crore", "₹5k", "Rs 3 lakh". Runs first, before the number rules.
/// </summary>
internal static partial class CurrencyRule
{
    public static string Apply(string text, ISpeechVerbalizer words) =>
        Amount().Replace(text, match => Say(match, words));

    private static string Say(Match match, ISpeechVerbalizer words)
    {
        var integer = match.Groups["int"].Value.Replace(",", "", StringComparison.Ordinal);
        var fraction = match.Groups["frac"];
        if (!long.TryParse(integer, out var rupees))
            return match.Value;
        if (match.Groups["scale"].Success)
        {
            var amount = fraction.Success ? words.Decimal(integer, fraction.Value) : words.Cardinal(rupees);
            return words.ScaledMoney(amount, ScaleOf(match.Groups["scale"].Value));
        }
        var paise = fraction.Success ? int.Parse(fraction.Value.PadRight(2, '0')) : 0;
        return words.Money(rupees, paise);
    }

    private static MoneyScale ScaleOf(string word) => char.ToLowerInvariant(word[0]) switch
    {
        'k' or 't' => MoneyScale.Thousand,
        'l' => MoneyScale.Lakh,
        _ => MoneyScale.Crore,
    };

    [GeneratedRegex(@"(?:₹|\bRs\.?|\bINR)\s?(?<int>\d{1,3}(?:,\d{2,3})+|\d+)(?:\.(?<frac>\d{1,2}))?(?!\d)(?:\s?(?<scale>lakhs?|lacs?|crores?|cr|k|thousand)\b)?(?:\s?/-)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
