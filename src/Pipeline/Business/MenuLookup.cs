using MediaCore.Pipeline.Tenants;

namespace MediaCore.Pipeline.Business;

/// <summary>
/// Finds the dishes a caller means. An item matches when every word of its name (or an alias) is in the text, plurals
/// folded ("momos" = "momo"); the most specific full match wins. Without a full match, the items sharing the most
/// words are returned as candidates so the bot can list them instead of guessing.
/// </summary>
public static class MenuLookup
{
    public static MenuMatch Find(IReadOnlyList<MenuItem> menu, string text)
    {
        var words = Words(text).ToHashSet();
        if (words.Count == 0) return new MenuMatch([], false);
        var scored = menu.Select(item => (Item: item, Score: Names(item).Select(n => Score(n, words)).Max())).ToArray();
        var full = scored.Where(s => s.Score.Full).ToArray();
        if (full.Length > 0)
        {
            var best = full.Max(s => s.Score.Matched);
            var winners = full.Where(s => s.Score.Matched == best).Select(s => s.Item).ToArray();
            return new MenuMatch(winners, winners.Length == 1);
        }
        var top = scored.Where(s => s.Score.Matched > 0 && s.Score.Distinctive).ToArray();
        if (top.Length == 0) return new MenuMatch([], false);
        var max = top.Max(s => s.Score.Matched);
        return new MenuMatch(top.Where(s => s.Score.Matched == max).Select(s => s.Item).ToArray(), false);
    }

    /// <summary>True if the text names any dish, even vaguely ("momos").</summary>
    public static bool MentionsMenu(IReadOnlyList<MenuItem> menu, string text) => Find(menu, text).Items.Count > 0;

    private static IEnumerable<string[]> Names(MenuItem item) =>
        item.Aliases.Prepend(item.Name).Select(n => Words(n).ToArray());

    private static (bool Full, int Matched, bool Distinctive) Score(string[] name, HashSet<string> words)
    {
        var matched = name.Count(words.Contains);
        var distinctive = name.Where(words.Contains).Any(w => !GenericWords.Contains(w));
        return (matched == name.Length && name.Length > 0, matched, distinctive);
    }

    // Words shared by many dishes: on their own they do not point to a dish.
    private static readonly HashSet<string> GenericWords = ["veg", "chicken", "paneer", "fried", "steam", "hot", "butter", "fresh", "and"];

    private static IEnumerable<string> Words(string text) =>
        TextTokens.Split(text.Replace("&", " and ", StringComparison.Ordinal))
            .Select(w => w == "steamed" ? "steam" : w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w);
}
