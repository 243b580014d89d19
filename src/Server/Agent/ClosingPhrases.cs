using System.Text.RegularExpressions;

namespace MediaCore.Server.Agent;

/// <summary>Recognises a caller closing the call ("thank you goodbye", "bye", "that's all").</summary>
public static partial class ClosingPhrases
{
    public static bool IsGoodbye(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"\b(good ?bye|bye|that'?s all|that is all|nothing else)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
