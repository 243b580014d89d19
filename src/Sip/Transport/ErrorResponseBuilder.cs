using System.Text;
using MediaCore.Sip.Messages;
using MediaCore.Sip.Messages.Headers;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Transport;

/// <summary>
/// Builds the error response for a request the parser rejected (RFC 3261 §8.2.6, §21.4.1): only possible when the
/// bytes look like a request and carry a parsable top Via plus From, To, Call-ID and CSeq to copy (§8.2.6.2).
/// The copied headers must themselves be valid (so the response parses and matches). Anything less is dropped — there is nobody we could address a response to. ACK is never answered (§17.2.1).
/// </summary>
internal static class ErrorResponseBuilder
{
    private static readonly string[] Copied = { SipHeaderNames.From, SipHeaderNames.To, SipHeaderNames.CallId, SipHeaderNames.CSeq };

    public static SipResponse? TryBuild(ReadOnlySpan<byte> data, SipParseError error)
    {
        int status = error.ToStatusCode();
        if (status == 0 || data.Length > SipParseLimits.Default.MaxMessageSize * 2) return null;
        var lines = ReadHeadLines(data);
        if (lines.Count == 0 || !LooksLikeRequestLine(lines[0], out string method) || method == SipMethods.Ack) return null;

        var headers = new SipHeaderCollection();
        for (int i = 1; i < lines.Count; i++)
        {
            int colon = lines[i].IndexOf(':');
            if (colon <= 0) continue;
            string name = SipHeaderNames.Canonicalize(lines[i].AsSpan(0, colon).Trim());
            string value = lines[i][(colon + 1)..].Trim();
            if (name != SipHeaderNames.Via && Array.IndexOf(Copied, name) < 0) continue;
            if (value.Any(c => c < ' ' && c != '\t' || c == '\x7f')) return null; // control bytes would corrupt our response
            headers.Add(name, value);
        }
        if (!HasUsableVia(headers) || Copied.Any(n => headers.GetAll(n).Count != 1)) return null;
        var response = Build(headers, status, error);
        // Echoing a broken From/To/CSeq/Via would produce a response no one can parse or match: drop instead.
        return MandatoryHeaderValidator.TryValidate(response, out _) ? response : null;
    }

    private static SipResponse Build(SipHeaderCollection headers, int status, SipParseError error)
    {
        var response = new SipResponse(status, error.ToReasonPhrase());
        foreach (string via in headers.GetAll(SipHeaderNames.Via)) response.Headers.Add(SipHeaderNames.Via, via);
        response.Headers.Add(SipHeaderNames.From, headers.GetFirst(SipHeaderNames.From)!);
        string to = headers.GetFirst(SipHeaderNames.To)!;
        if (!to.Contains(";tag=", StringComparison.OrdinalIgnoreCase)) to += ";tag=" + SipResponseFactory.NewTag();
        response.Headers.Add(SipHeaderNames.To, to);
        response.Headers.Add(SipHeaderNames.CallId, headers.GetFirst(SipHeaderNames.CallId)!);
        response.Headers.Add(SipHeaderNames.CSeq, headers.GetFirst(SipHeaderNames.CSeq)!);
        return response;
    }

    private static bool HasUsableVia(SipHeaderCollection headers) =>
        headers.TryGetValues(SipHeaderNames.Via, out var vias) && vias.Count > 0 && SipVia.TryParse(vias[0], out _);

    private static bool LooksLikeRequestLine(string line, out string method)
    {
        method = string.Empty;
        int space = line.IndexOf(' ');
        if (space <= 0 || line.StartsWith("SIP/", StringComparison.Ordinal)) return false;
        method = line[..space];
        return SipGrammar.IsToken(method) && line.Contains("SIP/", StringComparison.Ordinal);
    }

    /// <summary>The start line and header lines (folds joined), as Latin-1 text, up to the blank line.</summary>
    private static List<string> ReadHeadLines(ReadOnlySpan<byte> data)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < data.Length && data[start] is (byte)'\r' or (byte)'\n') start++;
        while (start < data.Length && lines.Count < 200)
        {
            int lf = data[start..].IndexOf((byte)'\n');
            int end = lf < 0 ? data.Length : start + lf;
            var line = data[start..end].TrimEnd((byte)'\r');
            if (line.IsEmpty) break;
            string text = Encoding.Latin1.GetString(line);
            if (lines.Count > 0 && line[0] is (byte)' ' or (byte)'\t') lines[^1] += " " + text.Trim();
            else lines.Add(text);
            start = end + 1;
        }
        return lines;
    }
}
