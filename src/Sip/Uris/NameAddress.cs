using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Uris;

/// <summary>
/// name-addr / addr-spec (RFC 3261 §25.1, §20.10):
/// <code>
/// name-addr    = [ display-name ] LAQUOT addr-spec RAQUOT
/// display-name = *(token LWS) / quoted-string
/// addr-spec    = SIP-URI / SIPS-URI / absoluteURI
/// </code>
/// In the addr-spec form (no angle brackets) the URI ends at the first ';' — what follows are header parameters.
/// </summary>
public sealed class NameAddress
{
    public NameAddress(AddressUri uri, string? displayName = null)
    {
        Uri = uri;
        DisplayName = displayName;
    }

    /// <summary>Display name with quotes and escapes removed; null when absent.</summary>
    public string? DisplayName { get; set; }

    public AddressUri Uri { get; set; }

    /// <summary>
    /// Parses a name-addr or addr-spec at the start of <paramref name="text"/>; <paramref name="consumed"/> is how
    /// many chars were used, so the caller can parse the header parameters that follow.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out NameAddress? address, out int consumed)
    {
        address = null;
        consumed = 0;
        int start = 0;
        while (start < text.Length && SipGrammar.IsWhitespace(text[start])) start++;
        if (start == text.Length) return false;

        string? displayName = null;
        bool quoted = true;
        int laquot;
        if (text[start] == '"')
        {
            int endQuote = SipGrammar.EndOfQuotedString(text, start);
            if (endQuote < 0) return false;
            displayName = SipGrammar.Unquote(text[start..endQuote]);
            laquot = endQuote;
            while (laquot < text.Length && SipGrammar.IsWhitespace(text[laquot])) laquot++;
            if (laquot >= text.Length || text[laquot] != '<') return false;
        }
        else
        {
            laquot = text[start..].IndexOf('<');
            if (laquot >= 0) laquot += start;
            // A '<' that comes after a ';' belongs to a parameter value, not to this address.
            int semi = text[start..].IndexOf(';');
            if (laquot >= 0 && semi >= 0 && semi + start < laquot) laquot = -1;
            if (laquot < 0) return TryParseAddrSpec(text, start, out address, out consumed);
            var name = SipGrammar.TrimLws(text[start..laquot]);
            if (!IsTokenList(name)) return false;
            displayName = name.IsEmpty ? null : name.ToString();
            quoted = false;
        }

        int raquot = text[laquot..].IndexOf('>');
        if (raquot < 0) return false;
        raquot += laquot;
        if (!AddressUri.TryParse(text[(laquot + 1)..raquot], out var uri)) return false;
        address = new NameAddress(uri, displayName) { UsesAngleBrackets = true, QuoteDisplayName = quoted };
        consumed = raquot + 1;
        return true;
    }

    /// <summary>Write the display name as a quoted-string (the parser keeps the form it saw; token-only names may go bare).</summary>
    public bool QuoteDisplayName { get; set; } = true;

    /// <summary>True when the address was written as &lt;uri&gt; (always true when serialised with a display name).</summary>
    public bool UsesAngleBrackets { get; set; } = true;

    private static bool TryParseAddrSpec(ReadOnlySpan<char> text, int start, out NameAddress? address, out int consumed)
    {
        address = null;
        consumed = 0;
        int end = start;
        while (end < text.Length && text[end] != ';' && !SipGrammar.IsWhitespace(text[end]) && text[end] != ',') end++;
        var spec = text[start..end];
        // RFC 3261 §20.10: an addr-spec containing '?' (URI headers) must use name-addr form.
        if (spec.IndexOf('?') >= 0) return false;
        if (!AddressUri.TryParse(spec, out var uri)) return false;
        address = new NameAddress(uri) { UsesAngleBrackets = false };
        consumed = end;
        return true;
    }

    private static bool IsTokenList(ReadOnlySpan<char> name)
    {
        foreach (char c in name)
            if (!(SipGrammar.IsTokenChar(c) || c is ' ' or '\t')) return false;
        return true;
    }

    public void AppendTo(StringBuilder sb)
    {
        bool brackets = UsesAngleBrackets || DisplayName is not null || Uri.RequiresAngleBrackets();
        if (DisplayName is not null)
        {
            if (!QuoteDisplayName && DisplayName.Length > 0 && IsTokenList(DisplayName) && DisplayName.Trim().Length == DisplayName.Length)
                sb.Append(DisplayName);
            else
                sb.Append(SipGrammar.Quote(DisplayName));
            sb.Append(' ');
        }
        if (brackets) sb.Append('<');
        sb.Append(Uri.ToString());
        if (brackets) sb.Append('>');
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        AppendTo(sb);
        return sb.ToString();
    }
}
