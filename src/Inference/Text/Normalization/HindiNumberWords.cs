using System.Text;

namespace MediaCore.Inference.Text;

/// <summary>
/// Romanised Hindi number words. 0–100 are irregular in Hindi (each has its own word), hence the full table;
/// above that: sau (hundred), hazaar (thousand), laakh, karod. Spelling follows common Hinglish usage and reads
/// sensibly with English letter-to-sound rules.
/// </summary>
internal static class HindiNumberWords
{
    private static readonly string[] UpToHundred =
    [
        "shoonya", "ek", "do", "teen", "chaar", "paanch", "chhah", "saat", "aath", "nau",
        "das", "gyaarah", "baarah", "terah", "chaudah", "pandrah", "solah", "satrah", "athaarah", "unnees",
        "bees", "ikkees", "baaees", "teyees", "chaubees", "pachchees", "chhabbees", "sattaaees", "atthaaees", "untees",
        "tees", "iktees", "battees", "taintees", "chauntees", "paintees", "chhattees", "saintees", "adtees", "untaalees",
        "chaalees", "iktaalees", "bayaalees", "taintaalees", "chavaalees", "paintaalees", "chhiyaalees", "saintaalees", "adtaalees", "unchaas",
        "pachaas", "ikyaavan", "baavan", "tirepan", "chauvan", "pachpan", "chhappan", "sattaavan", "atthaavan", "unsath",
        "saath", "iksath", "baasath", "tirsath", "chaunsath", "painsath", "chhiyaasath", "sadsath", "adsath", "unhattar",
        "sattar", "ikhattar", "bahattar", "tihattar", "chauhattar", "pachhattar", "chhihattar", "satattar", "athattar", "unaasi",
        "assi", "ikyaasi", "bayaasi", "tiraasi", "chauraasi", "pachaasi", "chhiyaasi", "sattaasi", "atthaasi", "navaasi",
        "nabbe", "ikyaanave", "baanave", "tiraanave", "chauraanave", "pachaanave", "chhiyaanave", "sattaanave", "atthaanave", "ninyaanave",
        "sau",
    ];

    private static readonly (long Value, string Name)[] Scales = [(10_000_000, "karod"), (100_000, "laakh"), (1000, "hazaar"), (100, "sau")];

    public static string Digit(int digit) => UpToHundred[digit];

    /// <summary>"do sau bees"; 100 alone is "sau", in a larger number "ek sau".</summary>
    public static string Cardinal(long n)
    {
        if (n < 0)
            return "minus " + Cardinal(-n);
        if (n <= 100)
            return UpToHundred[n];
        var words = new StringBuilder();
        Append(words, n);
        return words.ToString();
    }

    /// <summary>pehla, doosra, teesra, chautha, chhatha; otherwise the number + "vaan" (paanchvaan, beesvaan).</summary>
    public static string Ordinal(long n) => n switch
    {
        1 => "pehla",
        2 => "doosra",
        3 => "teesra",
        4 => "chautha",
        6 => "chhatha",
        _ => Cardinal(n) + "vaan",
    };

    private static void Append(StringBuilder words, long n)
    {
        foreach (var (value, name) in Scales)
        {
            if (n < value)
                continue;
            AppendWord(words, n / value <= 100 ? UpToHundred[n / value] : Cardinal(n / value));
            AppendWord(words, name);
            n %= value;
            if (n == 0)
                return;
        }
        AppendWord(words, UpToHundred[n]);
    }

    private static void AppendWord(StringBuilder words, string word)
    {
        if (words.Length > 0)
            words.Append(' ');
        words.Append(word);
    }
}
