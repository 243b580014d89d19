using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>A person's name from "my name is Asha", "under Sharma", "mera naam Rohit hai", "मेरा नाम रोहित है", or a bare reply to "what name?".</summary>
public static partial class NameExtractor
{
    private static readonly HashSet<string> NotNames =
    [
        "yes", "no", "ok", "okay", "haan", "nahi", "ji", "sure", "thanks", "thank", "please", "hello", "hi", "the", "a", "table", "booking", "book", "fine", "good",
        "hai", "है", "please", "sorry", "what", "why", "how", "tomorrow", "today", "kal", "aaj",
    ];

    // Words that end a name: "under Sharma at 8", "Rohit ke naam se".
    private static readonly HashSet<string> StopWords = ["at", "on", "for", "tomorrow", "today", "and", "please", "with", "by", "ke", "ko", "se", "hai", "है", "के", "से"];

    public static string? Find(string text, bool awaitingName)
    {
        var m = Cue().Match(text);
        var candidate = m.Success ? m.Groups["name"].Value : awaitingName ? text : null;
        return candidate is null ? null : Clean(candidate);
    }

    private static string? Clean(string raw)
    {
        var words = raw.Split([' ', ',', '.', '!', '?', '।'], StringSplitOptions.RemoveEmptyEntries)
            .TakeWhile(w => !w.Any(char.IsDigit) && !StopWords.Contains(w.ToLowerInvariant()))
            .Where(w => !w.Equals("hai", StringComparison.OrdinalIgnoreCase) && w != "है" && !w.Equals("please", StringComparison.OrdinalIgnoreCase)
                && !w.Equals("ji", StringComparison.OrdinalIgnoreCase))
            .Take(3)
            .ToArray();
        if (words.Length == 0 || words.All(w => NotNames.Contains(w.ToLowerInvariant()))) return null;
        if (words.Any(w => !w.All(c => char.IsLetter(c) || c is '\'' or '-' || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)))
            return null;
        return string.Join(' ', words.Select(w => w.All(char.IsAsciiLetter) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
    }

    [GeneratedRegex(@"(?:my name is|name is|name's|this is|i am|i'm|it's|its|under the name of|under the name|under|in the name of|naam hai|naam|नाम)\s+(?<name>[\p{L}\p{M}][\p{L}\p{M}' -]{0,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cue();
}
