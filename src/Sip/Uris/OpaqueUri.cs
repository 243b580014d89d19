using System.Diagnostics.CodeAnalysis;

namespace MediaCore.Sip.Uris;

/// <summary>An absoluteURI of a scheme we do not interpret (urn:, mailto:, http:, ...), kept verbatim (RFC 3261 §25.1).</summary>
public sealed class OpaqueUri : AddressUri
{
    private readonly string _scheme;

    public OpaqueUri(string scheme, string schemeSpecificPart)
    {
        _scheme = scheme.ToLowerInvariant();
        SchemeSpecificPart = schemeSpecificPart;
    }

    public override string Scheme => _scheme;

    /// <summary>Everything after "scheme:".</summary>
    public string SchemeSpecificPart { get; }

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out OpaqueUri? uri)
    {
        uri = null;
        int colon = text.IndexOf(':');
        if (colon <= 0 || !IsValidScheme(text[..colon])) return false;
        var rest = text[(colon + 1)..];
        if (rest.IsEmpty || !HasNoWhitespaceOrControls(rest)) return false;
        uri = new OpaqueUri(text[..colon].ToString(), rest.ToString());
        return true;
    }

    public override string ToString() => _scheme + ":" + SchemeSpecificPart;
}
