using System.Diagnostics.CodeAnalysis;
using System.Text;
using MediaCore.Sip.Messages;

namespace MediaCore.Sip.Uris;

/// <summary>
/// A tel: URI (RFC 3966 §3):
/// <code>
/// telephone-uri = "tel:" telephone-subscriber
/// global-number = "+" 1*phonedigit *par        phonedigit = DIGIT / visual-separator ("-" "." "(" ")")
/// local-number  = 1*phonedigit-hex *par context *par   context = ";phone-context=" descriptor
/// </code>
/// The number keeps its visual separators as written; <see cref="Digits"/> strips them.
/// </summary>
public sealed class TelUri : AddressUri
{
    public TelUri(string number) => Number = number;

    public override string Scheme => "tel";

    /// <summary>The subscriber number as written, e.g. "+1-201-555-0123" or "7042".</summary>
    public string Number { get; set; }

    public SipParameters Parameters { get; } = new();

    /// <summary>True for a global number (starts with '+').</summary>
    public bool IsGlobal => Number.StartsWith('+');

    /// <summary>phone-context parameter, required for local numbers (RFC 3966 §5.1.5).</summary>
    public string? PhoneContext => Parameters.Get("phone-context");

    /// <summary>The number without visual separators ("+12015550123").</summary>
    public string Digits
    {
        get
        {
            var sb = new StringBuilder(Number.Length);
            foreach (char c in Number)
                if (!IsVisualSeparator(c)) sb.Append(c);
            return sb.ToString();
        }
    }

    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out TelUri? uri)
    {
        uri = null;
        if (text.Length < 5 || !text[..4].Equals("tel:", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = text[4..];
        int semi = rest.IndexOf(';');
        var number = semi < 0 ? rest : rest[..semi];
        if (!IsValidNumber(number)) return false;
        var result = new TelUri(number.ToString());
        if (semi >= 0 && !SipParameters.TryParse(rest[(semi + 1)..], headerMode: false, result.Parameters)) return false;
        if (!result.IsGlobal && result.PhoneContext is null) return false;
        uri = result;
        return true;
    }

    private static bool IsValidNumber(ReadOnlySpan<char> number)
    {
        bool global = !number.IsEmpty && number[0] == '+';
        var body = global ? number[1..] : number;
        bool hasDigit = false;
        foreach (char c in body)
        {
            if (char.IsAsciiDigit(c)) { hasDigit = true; continue; }
            if (IsVisualSeparator(c)) continue;
            if (!global && (char.IsAsciiHexDigit(c) || c is '*' or '#')) { hasDigit = true; continue; }
            return false;
        }
        return hasDigit;
    }

    private static bool IsVisualSeparator(char c) => c is '-' or '.' or '(' or ')';

    public override string ToString() => "tel:" + Number + Parameters.ToString();
}
