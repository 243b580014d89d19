namespace MediaCore.Sip.Parsing;

/// <summary>URI character classes and %-escaping (RFC 3261 §25.1, RFC 3986 §2).</summary>
internal static class UriText
{
    /// <summary>unreserved = alphanum / mark; mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")".</summary>
    public static bool IsUnreserved(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '!' or '~' or '*' or '\'' or '(' or ')';

    /// <summary>user-unreserved = "&amp;" / "=" / "+" / "$" / "," / ";" / "?" / "/".</summary>
    public static bool IsUserChar(char c) =>
        IsUnreserved(c) || c is '&' or '=' or '+' or '$' or ',' or ';' or '?' or '/' or '%';

    /// <summary>password = *( unreserved / escaped / "&amp;" / "=" / "+" / "$" / "," ).</summary>
    public static bool IsPasswordChar(char c) => IsUnreserved(c) || c is '&' or '=' or '+' or '$' or ',' or '%';

    /// <summary>hnv-unreserved = "[" / "]" / "/" / "?" / ":" / "+" / "$" (URI headers).</summary>
    public static bool IsHeaderChar(char c) => IsUnreserved(c) || c is '[' or ']' or '/' or '?' or ':' or '+' or '$' or '%';

    /// <summary>Every '%' must be followed by two hex digits (escaped = "%" HEXDIG HEXDIG).</summary>
    public static bool HasValidEscapes(ReadOnlySpan<char> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '%') continue;
            if (i + 2 >= s.Length || !char.IsAsciiHexDigit(s[i + 1]) || !char.IsAsciiHexDigit(s[i + 2])) return false;
            i += 2;
        }
        return true;
    }

    /// <summary>Decodes %HH escapes as UTF-8 (validated input; malformed escapes are kept literally).</summary>
    public static string Unescape(ReadOnlySpan<char> s)
    {
        if (s.IndexOf('%') < 0) return s.ToString();
        var bytes = new List<byte>(s.Length);
        Span<byte> one = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '%' && i + 2 < s.Length && char.IsAsciiHexDigit(s[i + 1]) && char.IsAsciiHexDigit(s[i + 2]))
            {
                bytes.Add((byte)(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2])));
                i += 2;
                continue;
            }
            int len = IsSurrogatePairAt(s, i) ? 2 : 1;
            int n = System.Text.Encoding.UTF8.GetBytes(s.Slice(i, len), one);
            i += len - 1;
            for (int k = 0; k < n; k++) bytes.Add(one[k]);
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    /// <summary>Escapes every char not allowed by <paramref name="allowed"/> as %HH of its UTF-8 bytes.</summary>
    public static string Escape(string s, Func<char, bool> allowed)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '%' && allowed(c)) { sb.Append(c); continue; }
            int len = IsSurrogatePairAt(s, i) ? 2 : 1;
            int n = System.Text.Encoding.UTF8.GetBytes(s.AsSpan(i, len), utf8);
            i += len - 1;
            for (int k = 0; k < n; k++) sb.Append('%').Append(utf8[k].ToString("X2"));
        }
        return sb.ToString();
    }

    /// <summary>A lone surrogate encodes as one 3-byte replacement; only a real pair is 4 bytes.</summary>
    private static bool IsSurrogatePairAt(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    /// <summary>hostname / IPv4address / "[" IPv6address "]" (RFC 3261 §25.1), checked loosely but without garbage.</summary>
    public static bool IsValidHost(ReadOnlySpan<char> host)
    {
        if (host.IsEmpty) return false;
        if (host[0] == '[')
        {
            if (host.Length < 4 || host[^1] != ']') return false;
            foreach (char c in host[1..^1])
                if (!(char.IsAsciiHexDigit(c) || c is ':' or '.')) return false;
            return host[1..^1].IndexOf(':') >= 0;
        }
        foreach (char c in host)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')) return false;
        return host[0] != '.' && host[0] != '-';
    }
}
