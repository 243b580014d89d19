using System.Diagnostics.CodeAnalysis;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Messages.Headers;

/// <summary>
/// CSeq = "CSeq" HCOLON 1*DIGIT LWS Method (RFC 3261 §20.16). The number must be below 2**31 (§8.1.1.5).
/// </summary>
public readonly record struct SipCSeq(int Number, string Method)
{
    public static bool TryParse(ReadOnlySpan<char> text, out SipCSeq cseq)
    {
        cseq = default;
        text = SipGrammar.TrimLws(text);
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (!SipGrammar.TryParseDigits(text[..i], 10, out int number)) return false;
        var rest = text[i..];
        var method = SipGrammar.TrimLws(rest);
        if (method.Length == rest.Length || !SipGrammar.IsToken(method)) return false; // LWS required before Method
        cseq = new SipCSeq(number, method.ToString());
        return true;
    }

    public override string ToString() => Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + Method;
}
