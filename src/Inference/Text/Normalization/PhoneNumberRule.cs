using System.Text;
using System.Text.RegularExpressions;

namespace MediaCore.Inference.Text;

/// <summary>
/// Phone numbers are read digit by digit, group by group with a pause (comma) between groups:
/// "98765 43210" → "nine eight seven six five, four three two one zero"; "+91 98765-43210" starts "plus nine one,".
/// A candidate needs at least 10 digits (8 after a "+") and at most 13; an unbroken run is grouped 5 + 5 from
/// the right with any longer prefix (country or trunk code) as its own group.
/// </summary>
internal static partial class PhoneNumberRule
{
    private const int MinDigits = 10;
    private const int MinDigitsAfterPlus = 8;
    private const int MaxDigits = 13;

    public static string Apply(string text, ISpeechVerbalizer words) =>
        Candidate().Replace(text, match => Say(match, words) ?? match.Value);

    private static string? Say(Match match, ISpeechVerbalizer words)
    {
        var groups = match.Groups["number"].Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var digits = groups.Sum(g => g.Length);
        var hasPlus = match.Groups["plus"].Success;
        if (digits > MaxDigits || digits < (hasPlus ? MinDigitsAfterPlus : MinDigits))
            return null;
        if (groups.Count == 1 && digits >= MinDigits)
            groups = SplitRun(groups[0]);
        var spoken = new StringBuilder();
        if (hasPlus)
            spoken.Append(words.Plus).Append(' ');
        for (var g = 0; g < groups.Count; g++)
        {
            if (g > 0)
                spoken.Append(", ");
            for (var i = 0; i < groups[g].Length; i++)
            {
                if (i > 0)
                    spoken.Append(' ');
                spoken.Append(words.Digit(groups[g][i] - '0'));
            }
        }
        return spoken.ToString();
    }

    private static List<string> SplitRun(string run)
    {
        var prefix = run.Length - 10;
        return prefix == 0 ? [run[..5], run[5..]] : [run[..prefix], run.Substring(prefix, 5), run[^5..]];
    }

    [GeneratedRegex(@"(?<![\d,.:])(?<plus>\+\s?)?(?<number>\d+(?:[ -]\d{2,})*)(?![\d,:]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();
}
