using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Auth;

/// <summary>
/// Parses "Digest auth-param *(COMMA auth-param)" (RFC 3261 §25.1 challenge / credentials; RFC 7616 §3.3, §3.4):
/// auth-param = auth-param-name EQUAL ( token / quoted-string ). Values come back unquoted; names lower-case.
/// </summary>
internal static class DigestParameters
{
    public static bool TryParse(string headerValue, out Dictionary<string, string> parameters)
    {
        parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var text = SipGrammar.TrimLws(headerValue);
        int space = text.IndexOfAny(' ', '\t');
        if (space <= 0 || !text[..space].Equals("Digest", StringComparison.OrdinalIgnoreCase)) return false;
        var list = new List<string>();
        if (!SipGrammar.TrySplitList(text[space..], list) || list.Count == 0) return false;
        foreach (string element in list)
        {
            int eq = element.IndexOf('=');
            if (eq <= 0) return false;
            var name = SipGrammar.TrimLws(element.AsSpan(0, eq));
            var value = SipGrammar.TrimLws(element.AsSpan(eq + 1));
            if (!SipGrammar.IsToken(name)) return false;
            if (!value.IsEmpty && value[0] == '"')
            {
                if (SipGrammar.EndOfQuotedString(value, 0) != value.Length) return false;
                parameters[name.ToString()] = SipGrammar.Unquote(value);
            }
            else
            {
                if (!SipGrammar.IsToken(value)) return false;
                parameters[name.ToString()] = value.ToString();
            }
        }
        return true;
    }
}
