using System.Text.RegularExpressions;

namespace MediaCore.Inference.Text;

/// <summary>
/// Clock times: "8:30", "19:00", "11am", "11 a.m.", "10:30 pm", "8.30 pm". A bare "8.30" (no am/pm) is left to
/// the number rules (it may be a decimal); a colon time without am/pm is read as written, 24-hour style when &gt; 12.
/// The period of "a.m." stays when it also ends the sentence.
/// </summary>
internal static partial class TimeRule
{
    public static string Apply(string text, ISpeechVerbalizer words)
    {
        text = WithMeridiem().Replace(text, match =>
        {
            var meridiem = char.ToLowerInvariant(match.Groups["ap"].Value[0]) == 'a' ? Meridiem.Am : Meridiem.Pm;
            var spoken = words.Time(int.Parse(match.Groups["h"].Value), MinuteOf(match), meridiem);
            var endsSentence = match.Value.EndsWith('.') && EndsSentence(text, match.Index + match.Length);
            return endsSentence && !spoken.EndsWith('.') ? spoken + "." : spoken;
        });
        return TwentyFourHour().Replace(text, match =>
        {
            var spoken = words.Time(int.Parse(match.Groups["h"].Value), MinuteOf(match), Meridiem.None);
            return spoken.EndsWith('.') ? spoken : spoken + match.Groups["dot"].Value; // no "p.m.." at a sentence end
        });
    }

    private static int MinuteOf(Match match) => match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value) : 0;

    private static bool EndsSentence(string text, int after)
    {
        var next = after;
        while (next < text.Length && text[next] == ' ')
            next++;
        return next == text.Length || (next > after && char.IsUpper(text[next]));
    }

    [GeneratedRegex(@"(?<![\d:.,])(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\d))?\s?(?<ap>[ap])\.?\s?m(?![a-z])\.?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithMeridiem();

    [GeneratedRegex(@"(?<![\d:.,])(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\d:])(?<dot>\.(?!\d))?", RegexOptions.CultureInvariant)]
    private static partial Regex TwentyFourHour();
}
