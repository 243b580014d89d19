using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Parsing;

/// <summary>
/// RFC 3261 §7.1 / §7.2 start lines:
/// <code>
/// Request-Line = Method SP Request-URI SP SIP-Version CRLF
/// Status-Line  = SIP-Version SP Status-Code SP Reason-Phrase CRLF
/// SIP-Version  = "SIP" "/" 1*DIGIT "." 1*DIGIT
/// </code>
/// Exactly one SP separates the elements (RFC 4475 §3.1.2.7 "lwsstart" must be rejected).
/// </summary>
internal static class SipStartLineParser
{
    private const byte Space = (byte)' ';
    private static ReadOnlySpan<byte> SipPrefix => "SIP/"u8;

    public static bool TryParse(ReadOnlySpan<byte> line, out SipMessage? message, out SipParseError error)
    {
        message = null;
        error = SipParseError.BadStartLine;
        foreach (byte b in line)
            if (b < 0x20 && b != (byte)'\t') return false;
        return line.StartsWith(SipPrefix)
            ? TryParseStatusLine(line, out message, out error)
            : TryParseRequestLine(line, out message, out error);
    }

    private static bool TryParseRequestLine(ReadOnlySpan<byte> line, out SipMessage? message, out SipParseError error)
    {
        message = null;
        error = SipParseError.BadStartLine;
        int firstSpace = line.IndexOf(Space);
        int lastSpace = line.LastIndexOf(Space);
        if (firstSpace <= 0 || lastSpace <= firstSpace + 1) return false;
        var method = line[..firstSpace];
        var uriBytes = line[(firstSpace + 1)..lastSpace];
        var version = line[(lastSpace + 1)..];
        if (!SipGrammar.IsToken(method) || !IsValidVersion(version)) return false;
        if (uriBytes.IndexOfAny(Space, (byte)'\t') >= 0) return false;
        string uriText = Encoding.UTF8.GetString(uriBytes);
        // RFC 3261 §19.1.1 table: URI headers (?a=b) are not allowed in a Request-URI (RFC 4475 §3.1.2.8 "escruri").
        if (!AddressUri.TryParse(uriText, out var uri) || uri is SipUri { Headers.Count: > 0 })
        {
            error = SipParseError.BadRequestUri;
            return false;
        }
        message = new SipRequest(Encoding.ASCII.GetString(method), uri) { Version = Encoding.ASCII.GetString(version) };
        error = SipParseError.None;
        return true;
    }

    private static bool TryParseStatusLine(ReadOnlySpan<byte> line, out SipMessage? message, out SipParseError error)
    {
        message = null;
        error = SipParseError.BadStartLine;
        int firstSpace = line.IndexOf(Space);
        if (firstSpace < 0 || !IsValidVersion(line[..firstSpace])) return false;
        var rest = line[(firstSpace + 1)..];
        // Status-Code = 3DIGIT, then SP (the Reason-Phrase may be empty but the SP is not optional).
        if (rest.Length < 4 || rest[3] != Space) return false;
        int code = 0;
        for (int i = 0; i < 3; i++)
        {
            if (!char.IsAsciiDigit((char)rest[i])) return false;
            code = code * 10 + (rest[i] - '0');
        }
        if (code is < 100 or > 699) return false;
        message = new SipResponse(code, Encoding.UTF8.GetString(rest[4..]))
        {
            Version = Encoding.ASCII.GetString(line[..firstSpace]),
        };
        error = SipParseError.None;
        return true;
    }

    private static bool IsValidVersion(ReadOnlySpan<byte> version)
    {
        if (version.Length < 7 || !version[..4].SequenceEqual(SipPrefix)) return false;
        // The "SIP" token is case-insensitive per §7.1, but every peer sends upper case; we accept only that prefix.
        var numbers = version[4..];
        int dot = numbers.IndexOf((byte)'.');
        return dot > 0 && dot < numbers.Length - 1 && AllDigits(numbers[..dot]) && AllDigits(numbers[(dot + 1)..]);
    }

    private static bool AllDigits(ReadOnlySpan<byte> s)
    {
        foreach (byte b in s)
            if (b is < (byte)'0' or > (byte)'9') return false;
        return true;
    }
}
