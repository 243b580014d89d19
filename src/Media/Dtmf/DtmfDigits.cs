namespace MediaCore.Media.Dtmf;

/// <summary>DTMF digit ⇄ RFC 4733 §3.2 event code: 0–9 → 0–9, * → 10, # → 11, A–D → 12–15.</summary>
public static class DtmfDigits
{
    public const byte Star = 10;
    public const byte Pound = 11;
    public const byte LetterA = 12;
    public const byte MaxEvent = 15;

    public static bool TryGetEvent(char digit, out byte eventCode)
    {
        int code = digit switch
        {
            >= '0' and <= '9' => digit - '0',
            '*' => Star,
            '#' => Pound,
            >= 'A' and <= 'D' => LetterA + (digit - 'A'),
            >= 'a' and <= 'd' => LetterA + (digit - 'a'),
            _ => -1,
        };
        eventCode = (byte)Math.Max(code, 0);
        return code >= 0;
    }

    /// <summary>The digit for a DTMF event code, or '\0' for other events (tones, line events).</summary>
    public static char ToDigit(byte eventCode) => eventCode switch
    {
        <= 9 => (char)('0' + eventCode),
        Star => '*',
        Pound => '#',
        <= MaxEvent => (char)('A' + (eventCode - LetterA)),
        _ => '\0',
    };
}
