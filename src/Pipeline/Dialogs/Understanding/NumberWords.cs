namespace MediaCore.Pipeline.Dialogs.Understanding;

/// <summary>Small numbers as callers say them: digits (ASCII or Devanagari), English words, romanised and Devanagari Hindi words.</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Words = new()
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["ek"] = 1, ["do"] = 2, ["teen"] = 3, ["char"] = 4, ["chaar"] = 4, ["paanch"] = 5, ["panch"] = 5, ["chhe"] = 6, ["chhah"] = 6, ["che"] = 6,
        ["saat"] = 7, ["aath"] = 8, ["nau"] = 9, ["das"] = 10, ["gyarah"] = 11, ["barah"] = 12, ["baarah"] = 12, ["pandrah"] = 15, ["bees"] = 20,
        ["tees"] = 30, ["pachees"] = 25,
        ["एक"] = 1, ["दो"] = 2, ["तीन"] = 3, ["चार"] = 4, ["पांच"] = 5, ["पाँच"] = 5, ["छह"] = 6, ["छः"] = 6, ["सात"] = 7, ["आठ"] = 8, ["नौ"] = 9,
        ["दस"] = 10, ["ग्यारह"] = 11, ["बारह"] = 12, ["बीस"] = 20, ["पच्चीस"] = 25,
    };

    public static bool TryParse(string token, out int value)
    {
        value = 0;
        if (token.Length == 0) return false;
        if (Words.TryGetValue(token, out value)) return true;
        if (token.Length > 6) return false;
        foreach (var c in token)
        {
            var digit = c is >= '0' and <= '9' ? c - '0' : c is >= '\u0966' and <= '\u096F' ? c - '\u0966' : -1;
            if (digit < 0) return false;
            value = value * 10 + digit;
        }
        return true;
    }

    /// <summary>A money amount: "25000", "25,000", "₹30,000", "25k", "30 thousand", "pachees hazaar", "1 lakh".</summary>
    public static decimal? Amount(string text)
    {
        var tokens = Tenants.TextTokens.Split(text.Replace(",", "", StringComparison.Ordinal));
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var k = t.EndsWith('k') && TryParse(t[..^1], out var kv) ? kv * 1000m : (decimal?)null;
            if (k is not null) return k;
            if (!TryParse(t, out var n)) continue;
            var next = i + 1 < tokens.Length ? tokens[i + 1] : "";
            return next switch
            {
                "thousand" or "hazaar" or "hazar" or "हज़ार" or "हजार" => n * 1000m,
                "lakh" or "lac" or "lakhs" or "लाख" => n * 100_000m,
                _ => n,
            };
        }
        return null;
    }
}
