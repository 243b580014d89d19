namespace MediaCore.Server.Logging;

/// <summary>
/// Masks phone numbers for logs and the control API: +919876543210 → 98XXXX3210. Keeps the first two and last four
/// digits of the national part (the last ten digits) — enough to tell calls apart, not enough to dial. Short numbers
/// keep only their last two digits. A SIP URI is masked in its user part and keeps its host.
/// </summary>
public static class PhoneNumberMasker
{
    private const int NationalDigits = 10;
    private const int KeepHead = 2;
    private const int KeepTail = 4;
    private const int ShortKeepTail = 2;

    public static string Mask(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        int at = value.IndexOf('@');
        if (at > 0)
        {
            int colon = value.IndexOf(':');
            string scheme = colon >= 0 && colon < at ? value[..(colon + 1)] : "";
            return scheme + MaskDigits(value[scheme.Length..at]) + value[at..];
        }
        return MaskDigits(value);
    }

    private static string MaskDigits(string text)
    {
        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        int n = 0;
        foreach (char c in text)
            if (char.IsAsciiDigit(c) && n < digits.Length)
                digits[n++] = c;
        if (n == 0)
            return text.Length <= ShortKeepTail ? text : new string('X', text.Length - ShortKeepTail) + text[^ShortKeepTail..];
        if (n < KeepHead + KeepTail + 2)
            return n <= ShortKeepTail ? new string('X', n) : new string('X', n - ShortKeepTail) + digits[(n - ShortKeepTail)..n].ToString();
        var national = digits[Math.Max(0, n - NationalDigits)..n];
        return string.Concat(national[..KeepHead], new string('X', national.Length - KeepHead - KeepTail), national[^KeepTail..]);
    }
}
