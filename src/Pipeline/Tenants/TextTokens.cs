using System.Text;

namespace MediaCore.Pipeline.Tenants;

/// <summary>Lower-cases and reduces text to words separated by single spaces (letters, digits, ':' and '.' inside numbers).</summary>
public static class TextTokens
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var keep = char.IsLetterOrDigit(c) || IsCombiningMark(c) || c == '\''
                || (c is ':' or '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]));
            if (keep)
            {
                if (c != '\'') sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }
        return sb.ToString().TrimEnd();
    }

    public static string[] Split(string text) => Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Devanagari vowel signs and virama are combining marks, not letters; words would split without them.
    private static bool IsCombiningMark(char c) => char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
