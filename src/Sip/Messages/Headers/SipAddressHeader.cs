using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Messages.Headers;

/// <summary>
/// A header whose value is ( name-addr / addr-spec ) *( SEMI param ): From, To (§20.20, §20.39), Route, Record-Route
/// (§20.34, §20.30), Refer-To (RFC 3515 §2.1), Referred-By (RFC 3892), P-Asserted-Identity.
/// </summary>
public sealed class SipAddressHeader
{
    public SipAddressHeader(NameAddress address) => Address = address;

    public NameAddress Address { get; set; }
    public SipParameters Parameters { get; } = new();

    public AddressUri Uri => Address.Uri;
    public string? DisplayName => Address.DisplayName;

    /// <summary>The dialog tag of From/To (RFC 3261 §19.3).</summary>
    public string? Tag
    {
        get => Parameters.Get("tag");
        set
        {
            if (value is null) Parameters.Remove("tag");
            else Parameters.Set("tag", value);
        }
    }

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out SipAddressHeader? header)
    {
        header = null;
        if (!NameAddress.TryParse(text, out var address, out int consumed)) return false;
        var rest = SipGrammar.TrimLws(text[consumed..]);
        var result = new SipAddressHeader(address);
        if (!rest.IsEmpty)
        {
            if (rest[0] != ';') return false;
            if (!SipParameters.TryParse(rest[1..], headerMode: true, result.Parameters)) return false;
        }
        header = result;
        return true;
    }

    public SipAddressHeader Clone()
    {
        var copy = new SipAddressHeader(new NameAddress(Address.Uri, Address.DisplayName)
        {
            UsesAngleBrackets = Address.UsesAngleBrackets,
            QuoteDisplayName = Address.QuoteDisplayName,
        });
        foreach (var p in Parameters.Items) copy.Parameters.Set(p.Name, p.Value);
        return copy;
    }

    public override string ToString()
    {
        var sb = new StringBuilder(64);
        // Header parameters after an addr-spec would be read as URI parameters if the URI itself had ';': brackets then.
        if (!Address.UsesAngleBrackets && Parameters.Count > 0 && Address.Uri.RequiresAngleBrackets())
            Address.UsesAngleBrackets = true;
        Address.AppendTo(sb);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
