namespace MediaCore.Sip.Parsing;

/// <summary>
/// Character classes and small scanning helpers from the RFC 3261 §25.1 ABNF, shared by every header and URI parser.
/// Everything works on spans and never throws: indices are checked before use.
/// </summary>
internal static class SipGrammar
{
    /// <summary>token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~") (RFC 3261 §25.1).</summary>
    public static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '!' or '%' or '*' or '_' or '+' or '`' or '\'' or '~';

    public static bool IsToken(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
            if (!IsTokenChar(c)) return false;
        return true;
    }

    public static bool IsToken(ReadOnlySpan<byte> s)
    {
        if (s.IsEmpty) return false;
        foreach (byte b in s)
            if (b >= 0x80 || !IsTokenChar((char)b)) return false;
        return true;
    }

    /// <summary>word = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" / "(" / ")" / "<" / ">" / ":" / "\" / DQUOTE / "/" / "[" / "]" / "?" / "{" / "}") — used by Call-ID.</summary>
    public static bool IsWordChar(char c) =>
        IsTokenChar(c) || c is '(' or ')' or '<' or '>' or ':' or '\\' or '"' or '/' or '[' or ']' or '?' or '{' or '}';

    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\r' or '\n';

    public static ReadOnlySpan<char> TrimLws(ReadOnlySpan<char> s) => s.Trim(" \t\r\n");

    public static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return false;
        foreach (char c in s)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }

    /// <summary>Parses 1*DIGIT into a non-negative int, refusing overflow and anything but digits.</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, int maxDigits, out int value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        // Leading zeros are legal ("Max-Forwards: 0068", RFC 4475 §3.1.1.1) and do not count toward the limit.
        while (s.Length > 1 && s[0] == '0') s = s[1..];
        if (s.Length > maxDigits) return false;
        long acc = 0;
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            acc = acc * 10 + (c - '0');
        }
        if (acc > int.MaxValue) return false;
        value = (int)acc;
        return true;
    }

    /// <summary>
    /// Index of <paramref name="target"/> outside quoted strings (with \-escapes) and, when asked, outside &lt;...&gt;;
    /// -1 when absent or when a quote is left open.
    /// </summary>
    public static int IndexOfUnquoted(ReadOnlySpan<char> s, char target, bool skipAngleBrackets = false)
    {
        bool inQuotes = false;
        int angleDepth = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (inQuotes)
            {
                if (c == '\\') i++;
                else if (c == '"') inQuotes = false;
                continue;
            }
            if (c == '"') { inQuotes = true; continue; }
            if (skipAngleBrackets)
            {
                if (c == '<') { angleDepth++; continue; }
                if (c == '>' && angleDepth > 0) { angleDepth--; continue; }
                if (angleDepth > 0) continue;
            }
            if (c == target) return i;
        }
        return -1;
    }

    /// <summary>
    /// Splits a list header value on commas that are outside quoted strings and angle brackets (RFC 3261 §7.3.1),
    /// trimming LWS and dropping empty elements. Returns false if a quote or bracket is left open.
    /// </summary>
    public static bool TrySplitList(ReadOnlySpan<char> value, List<string> into)
    {
        bool inQuotes = false;
        int angleDepth = 0;
        int start = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (inQuotes)
            {
                if (c == '\\') i++;
                else if (c == '"') inQuotes = false;
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; break;
                case '<': angleDepth++; break;
                case '>': if (angleDepth > 0) angleDepth--; break;
                case ',' when angleDepth == 0:
                    AddTrimmed(value[start..i], into);
                    start = i + 1;
                    break;
            }
        }
        if (inQuotes || angleDepth != 0) return false;
        AddTrimmed(value[start..], into);
        return true;
    }

    private static void AddTrimmed(ReadOnlySpan<char> element, List<string> into)
    {
        var trimmed = TrimLws(element);
        if (!trimmed.IsEmpty) into.Add(trimmed.ToString());
    }

    /// <summary>quoted-string = SWS DQUOTE *(qdtext / quoted-pair) DQUOTE; returns the index after the closing quote or -1.</summary>
    public static int EndOfQuotedString(ReadOnlySpan<char> s, int openQuoteIndex)
    {
        for (int i = openQuoteIndex + 1; i < s.Length; i++)
        {
            if (s[i] == '\\') { i++; continue; }
            if (s[i] == '"') return i + 1;
        }
        return -1;
    }

    /// <summary>Removes the surrounding quotes and resolves quoted-pairs (RFC 3261 §25.1 quoted-pair = "\" char).</summary>
    public static string Unquote(ReadOnlySpan<char> quoted)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"') return quoted.ToString();
        var inner = quoted[1..^1];
        if (inner.IndexOf('\\') < 0) return inner.ToString();
        var sb = new System.Text.StringBuilder(inner.Length);
        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length) i++;
            sb.Append(inner[i]);
        }
        return sb.ToString();
    }

    /// <summary>Wraps text in DQUOTEs, escaping " and \ as quoted-pairs.</summary>
    public static string Quote(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length + 2);
        sb.Append('"');
        foreach (char c in text)
        {
            // CR and LF cannot be quoted-pairs (RFC 3261 §25.1): they would end the header line, so they become SP.
            if (c is '\r' or '\n') { sb.Append(' '); continue; }
            if (c is '"' or '\\' || c < 0x20 || c == 0x7F) sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('"');
        return sb.ToString();
    }

    /// <summary>True when the value contains no control characters that could break a header line (CR, LF, NUL...).</summary>
    public static bool IsSafeHeaderText(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (c < 0x20 && c != '\t') return false;
        return true;
    }
}
