using System.Text;
using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Parsing;

/// <summary>
/// Reads header lines up to the empty line (RFC 3261 §7.3):
/// <code>
/// message-header = field-name HCOLON field-value CRLF
/// HCOLON = *( SP / HTAB ) ":" SWS          LWS = [*WSP CRLF] 1*WSP  ; a CRLF followed by WSP is a fold
/// </code>
/// Folded continuation lines are joined with a single SP (§7.3.1). Lines end in CRLF; a bare LF is tolerated.
/// </summary>
internal static class SipHeaderBlockParser
{
    /// <summary>Parses headers starting at <paramref name="offset"/>; on success <paramref name="bodyStart"/> is the first body byte.</summary>
    public static bool TryParse(ReadOnlySpan<byte> data, int offset, SipParseLimits limits, SipHeaderCollection into,
        out int bodyStart, out SipParseError error)
    {
        bodyStart = 0;
        int position = offset;
        while (true)
        {
            if (!TryReadLine(data, position, out int lineEnd, out int next))
            {
                error = SipParseError.IncompleteHeaders;
                return false;
            }
            if (lineEnd == position)
            {
                bodyStart = next;
                error = SipParseError.None;
                return true;
            }
            if (into.Count >= limits.MaxHeaders)
            {
                error = SipParseError.TooManyHeaders;
                return false;
            }
            if (!TryReadField(data, position, lineEnd, next, limits, out var field, out position, out error)) return false;
            into.Add(field);
        }
    }

    /// <summary>Finds the end of the line starting at <paramref name="start"/> (excluding CR LF) and the next line's start.</summary>
    internal static bool TryReadLine(ReadOnlySpan<byte> data, int start, out int lineEnd, out int next)
    {
        lineEnd = next = 0;
        if ((uint)start > (uint)data.Length) return false;
        int lf = data[start..].IndexOf((byte)'\n');
        if (lf < 0) return false;
        lf += start;
        next = lf + 1;
        lineEnd = lf > start && data[lf - 1] == (byte)'\r' ? lf - 1 : lf;
        return true;
    }

    private static bool TryReadField(ReadOnlySpan<byte> data, int lineStart, int lineEnd, int next, SipParseLimits limits,
        out SipHeaderField field, out int position, out SipParseError error)
    {
        field = default;
        position = next;
        error = SipParseError.BadHeader;
        var line = data[lineStart..lineEnd];
        if (line[0] is (byte)' ' or (byte)'\t') return false; // a fold with no header before it
        int colon = line.IndexOf((byte)':');
        if (colon <= 0) return false;
        var name = line[..colon].TrimEnd(" \t"u8);
        if (!SipGrammar.IsToken(name)) return false;

        int logicalLength = line.Length;
        StringBuilder? folded = null;
        var firstValue = Trim(line[(colon + 1)..]);
        if (!IsFieldText(firstValue)) return false;
        // Continuation lines start with SP/HT: collect them (a fold) until a line that does not.
        while (position < data.Length && data[position] is (byte)' ' or (byte)'\t')
        {
            if (!TryReadLine(data, position, out int contEnd, out int contNext))
            {
                error = SipParseError.IncompleteHeaders;
                return false;
            }
            var continuation = Trim(data[position..contEnd]);
            logicalLength += contEnd - position;
            if (logicalLength > limits.MaxHeaderLineLength) { error = SipParseError.HeaderLineTooLong; return false; }
            if (!IsFieldText(continuation)) return false;
            if (!continuation.IsEmpty)
            {
                folded ??= new StringBuilder(Encoding.UTF8.GetString(firstValue));
                if (folded.Length > 0) folded.Append(' ');
                folded.Append(Encoding.UTF8.GetString(continuation));
            }
            position = contNext;
        }
        if (logicalLength > limits.MaxHeaderLineLength) { error = SipParseError.HeaderLineTooLong; return false; }
        string value = folded?.ToString() ?? Encoding.UTF8.GetString(firstValue);
        field = new SipHeaderField(Encoding.ASCII.GetString(name), value);
        error = SipParseError.None;
        return true;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> s) => s.Trim(" \t"u8);

    /// <summary>
    /// TEXT-UTF8 and LWS only: a raw control character (NUL, bare CR, ...) could forge header lines. The one exception
    /// is a quoted-pair inside a quoted-string ("\" followed by %x00-09 / %x0B-0C / %x0E-7F, RFC 3261 §25.1), which
    /// RFC 4475 §3.1.1.3 "intmeth" uses for BEL, NUL and DEL in a display name.
    /// </summary>
    private static bool IsFieldText(ReadOnlySpan<byte> s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            byte b = s[i];
            bool control = (b < 0x20 && b != (byte)'\t') || b == 0x7F;
            if (!control) continue;
            bool escaped = i > 0 && s[i - 1] == (byte)'\\' && b is not ((byte)'\r' or (byte)'\n');
            if (!escaped) return false;
        }
        return true;
    }
}
