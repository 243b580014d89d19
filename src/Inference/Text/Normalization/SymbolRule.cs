using System.Text.RegularExpressions;

namespace MediaCore.Inference.Text;

/// <summary>Symbols a voice would skip or spell: "&amp;" → "and"/"aur"; then runs of spaces collapse to one.</summary>
internal static partial class SymbolRule
{
    public static string Apply(string text, ISpeechVerbalizer words)
    {
        text = Ampersand().Replace(text, $" {words.And} ");
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"\s*&\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
