using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using MediaCore.Sip.Parsing;
using MediaCore.Sip.Uris;

namespace MediaCore.Sip.Messages.Headers;

/// <summary>
/// One Contact entry (RFC 3261 §20.10):
/// <code>
/// Contact        = ("Contact" / "m") HCOLON ( STAR / (contact-param *(COMMA contact-param)))
/// contact-param  = (name-addr / addr-spec) *(SEMI contact-params)
/// contact-params = c-p-q / c-p-expires / contact-extension
/// </code>
/// The wildcard "*" (REGISTER remove-all, §10.2.2) is represented by <see cref="IsWildcard"/>.
/// </summary>
public sealed class SipContact
{
    private SipContact() => Address = null;

    public SipContact(NameAddress address) => Address = address;

    public static SipContact Wildcard() => new();

    public bool IsWildcard => Address is null;

    /// <summary>The address; null only for the wildcard.</summary>
    public NameAddress? Address { get; }

    public AddressUri? Uri => Address?.Uri;
    public SipParameters Parameters { get; } = new();

    /// <summary>;expires in seconds, or null when absent/invalid.</summary>
    public int? Expires
    {
        get => SipGrammar.TryParseDigits(Parameters.Get("expires"), 10, out int e) ? e : null;
        set
        {
            if (value is null) Parameters.Remove("expires");
            else Parameters.Set("expires", value.Value.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>;q preference 0..1 (qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )).</summary>
    public double? Q =>
        double.TryParse(Parameters.Get("q"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double q) && q is >= 0 and <= 1
            ? q : null;

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out SipContact? contact)
    {
        contact = null;
        var trimmed = SipGrammar.TrimLws(text);
        if (trimmed is "*")
        {
            contact = Wildcard();
            return true;
        }
        if (!SipAddressHeader.TryParse(trimmed, out var parsed)) return false;
        var result = new SipContact(parsed.Address);
        foreach (var p in parsed.Parameters.Items) result.Parameters.Set(p.Name, p.Value);
        contact = result;
        return true;
    }

    public override string ToString()
    {
        if (Address is null) return "*";
        var sb = new StringBuilder(64);
        if (!Address.UsesAngleBrackets && Parameters.Count > 0 && Address.Uri.RequiresAngleBrackets())
            Address.UsesAngleBrackets = true;
        Address.AppendTo(sb);
        Parameters.AppendTo(sb);
        return sb.ToString();
    }
}
