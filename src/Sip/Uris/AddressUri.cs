using System.Diagnostics.CodeAnalysis;
using MediaCore.Sip.Parsing;

namespace MediaCore.Sip.Uris;

/// <summary>
/// Any URI that can appear as a Request-URI or inside a name-addr (RFC 3261 §19.1, §25.1 absoluteURI):
/// <see cref="SipUri"/> for sip:/sips:, <see cref="TelUri"/> for tel: (RFC 3966), <see cref="OpaqueUri"/> for the rest.
/// </summary>
public abstract class AddressUri : IEquatable<AddressUri>
{
    /// <summary>Lower-case scheme without the colon ("sip", "sips", "tel", ...).</summary>
    public abstract string Scheme { get; }

    /// <summary>Parses by scheme; never throws. False for garbage, whitespace or an unknown-but-malformed scheme.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out AddressUri? uri)
    {
        uri = null;
        int colon = text.IndexOf(':');
        if (colon <= 0 || !IsValidScheme(text[..colon])) return false;
        var scheme = text[..colon];
        if (scheme.Equals("sip", StringComparison.OrdinalIgnoreCase) || scheme.Equals("sips", StringComparison.OrdinalIgnoreCase))
        {
            if (!SipUri.TryParse(text, out var sip)) return false;
            uri = sip;
            return true;
        }
        if (scheme.Equals("tel", StringComparison.OrdinalIgnoreCase))
        {
            if (!TelUri.TryParse(text, out var tel)) return false;
            uri = tel;
            return true;
        }
        if (!OpaqueUri.TryParse(text, out var opaque)) return false;
        uri = opaque;
        return true;
    }

    /// <summary>Convenience for code that builds URIs from constants; throws <see cref="FormatException"/> on bad input.</summary>
    public static AddressUri Parse(string text) =>
        TryParse(text, out var uri) ? uri : throw new FormatException("Invalid URI: " + text);

    /// <summary>scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ).</summary>
    internal static bool IsValidScheme(ReadOnlySpan<char> scheme)
    {
        if (scheme.IsEmpty || !char.IsAsciiLetter(scheme[0])) return false;
        foreach (char c in scheme)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        return true;
    }

    /// <summary>True when the URI needs &lt;...&gt; inside a name-addr (it contains ',', ';' or '?', RFC 3261 §20.10).</summary>
    public bool RequiresAngleBrackets()
    {
        string s = ToString();
        return s.AsSpan().IndexOfAny(",;?") >= 0;
    }

    public abstract override string ToString();

    /// <summary>Textual equality (case-insensitive scheme and host handled by each subclass's ToString form).</summary>
    public virtual bool Equals(AddressUri? other) =>
        other is not null && string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as AddressUri);
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    internal static bool HasNoWhitespaceOrControls(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (c <= ' ' || c == 0x7F || SipGrammar.IsWhitespace(c) || c is '<' or '>' or '"') return false;
        return true;
    }
}
