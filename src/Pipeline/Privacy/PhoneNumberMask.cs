namespace MediaCore.Pipeline.Privacy;

/// <summary>
/// Display masking for people who may see that a number exists but not what it is: the first 2 and last 4 digits of
/// the national number, the rest as X ("919876543210" → "98XXXX3210").
/// </summary>
public static class PhoneNumberMask
{
    private const int ShownHead = 2;
    private const int ShownTail = 4;

    /// <param name="normalizedDigits">Output of <see cref="PhoneNumberNormalizer"/>.</param>
    /// <param name="countryCode">The country code to drop before masking.</param>
    public static string Mask(string normalizedDigits, string countryCode)
    {
        var national = normalizedDigits.StartsWith(countryCode, StringComparison.Ordinal)
            ? normalizedDigits[countryCode.Length..]
            : normalizedDigits;
        if (national.Length <= ShownHead + ShownTail) return new string('X', national.Length);
        return string.Concat(national.AsSpan(0, ShownHead), new string('X', national.Length - ShownHead - ShownTail),
            national.AsSpan(national.Length - ShownTail));
    }
}
