namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// Turns a dialled or spoken number into E.164-style digits (country code + national number, no '+'), so the
/// same caller hashes the same however the trunk or the caller wrote it:
/// "+91 98765 43210", "0091-98765-43210", "09876543210" and "9876543210" (default country 91) → "919876543210".
/// Not a full numbering-plan library: it strips formatting, international prefixes (+, 00) and one trunk '0'.
/// </summary>
public sealed class PhoneNumberNormalizer
{
    private const int MinNationalDigits = 6;
    private const int MaxE164Digits = 15;

    public PhoneNumberNormalizer(string defaultCountryCode)
    {
        if (string.IsNullOrEmpty(defaultCountryCode) || defaultCountryCode.Length > 3 || !defaultCountryCode.All(char.IsAsciiDigit))
            throw new ArgumentException("the default country code is 1-3 digits, e.g. 91", nameof(defaultCountryCode));
        DefaultCountryCode = defaultCountryCode;
    }

    public string DefaultCountryCode { get; }

    /// <summary>The normalised digits, or false when the input is not a plausible phone number.</summary>
    public bool TryNormalize(string? input, out string digits)
    {
        digits = "";
        if (string.IsNullOrWhiteSpace(input)) return false;
        var trimmed = StripSipUri(input.Trim());
        var international = trimmed.StartsWith('+');
        var raw = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        if (!international && raw.StartsWith("00", StringComparison.Ordinal))
        {
            (international, raw) = (true, raw[2..]);
        }
        if (!international)
        {
            var national = raw.TrimStart('0');
            if (raw.StartsWith(DefaultCountryCode, StringComparison.Ordinal) && raw.Length > DefaultCountryCode.Length + 9)
                raw = national;    // already carries the country code without a '+', e.g. "919876543210"
            else
                raw = DefaultCountryCode + national;
        }
        if (raw.Length < MinNationalDigits + 1 || raw.Length > MaxE164Digits) return false;
        digits = raw;
        return true;
    }

    public string Normalize(string input) =>
        TryNormalize(input, out var digits) ? digits : throw new ArgumentException("not a phone number", nameof(input));

    /// <summary>"sip:+919876543210@host;user=phone" → "+919876543210".</summary>
    private static string StripSipUri(string value)
    {
        var isUri = value.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("sips:", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);
        if (isUri) value = value[(value.IndexOf(':') + 1)..];
        var end = value.IndexOfAny(['@', ';']);
        return end >= 0 ? value[..end] : value;
    }
}
