using System.Diagnostics.CodeAnalysis;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Messages.Headers;

/// <summary>
/// warning-value = warn-code SP warn-agent SP warn-text (RFC 3261 §20.43); warn-text is a quoted-string.
/// </summary>
public sealed record SipWarning(int Code, string Agent, string Text)
{
    /// <summary>305 Incompatible media format (RFC 3261 §20.43): the code to send with 488 when no codec matches.</summary>
    public const int IncompatibleMediaFormat = 305;

    /// <summary>The Warning for a 488 whose offer had no codec in common with us.</summary>
    public static SipWarning ForIncompatibleMedia(string agent) => new(IncompatibleMediaFormat, agent, "Incompatible media format");

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out SipWarning? warning)
    {
        warning = null;
        text = SipGrammar.TrimLws(text);
        if (text.Length < 4 || !SipGrammar.TryParseDigits(text[..3], 3, out int code) || text[3] != ' ') return false;
        var rest = text[4..];
        int space = rest.IndexOf(' ');
        if (space <= 0) return false;
        var agent = rest[..space];
        var quoted = SipGrammar.TrimLws(rest[(space + 1)..]);
        if (quoted.IsEmpty || quoted[0] != '"' || SipGrammar.EndOfQuotedString(quoted, 0) != quoted.Length) return false;
        warning = new SipWarning(code, agent.ToString(), SipGrammar.Unquote(quoted));
        return true;
    }

    public override string ToString() => Code.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + " " + Agent + " " + SipGrammar.Quote(Text);
}
