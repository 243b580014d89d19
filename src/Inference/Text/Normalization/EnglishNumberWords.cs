using System.Text;

namespace MediaCore.Inference.Text;

/// <summary>English number words with Indian (lakh, crore) or international (million, billion) grouping.</summary>
internal static class EnglishNumberWords
{
    private static readonly string[] Ones =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (long Value, string Name)[] IndianScales = [(10_000_000, "crore"), (100_000, "lakh"), (1000, "thousand")];

    private static readonly (long Value, string Name)[] InternationalScales =
        [(1_000_000_000_000, "trillion"), (1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand")];

    public static string Digit(int digit) => Ones[digit];

    /// <summary>"two hundred twenty" (no "and": the same words for every English voice).</summary>
    public static string Cardinal(long n, bool indian)
    {
        if (n < 0)
            return "minus " + Cardinal(-n, indian);
        var words = new StringBuilder();
        Append(words, n, indian ? IndianScales : InternationalScales);
        return words.ToString();
    }

    /// <summary>"first", "twenty second", "one hundredth".</summary>
    public static string Ordinal(long n, bool indian)
    {
        var cardinal = Cardinal(n, indian);
        var lastSpace = cardinal.LastIndexOf(' ');
        var last = cardinal[(lastSpace + 1)..];
        return cardinal[..(lastSpace + 1)] + OrdinalOf(last);
    }

    private static string OrdinalOf(string word) => word switch
    {
        "one" => "first",
        "two" => "second",
        "three" => "third",
        "five" => "fifth",
        "eight" => "eighth",
        "nine" => "ninth",
        "twelve" => "twelfth",
        _ when word.EndsWith('y') => word[..^1] + "ieth",
        _ => word + "th",
    };

    private static void Append(StringBuilder words, long n, (long Value, string Name)[] scales)
    {
        foreach (var (value, name) in scales)
        {
            if (n < value)
                continue;
            Append(words, n / value, scales);
            AppendWord(words, name);
            n %= value;
            if (n == 0)
                return;
        }
        AppendBelowThousand(words, (int)n);
    }

    private static void AppendBelowThousand(StringBuilder words, int n)
    {
        if (n >= 100)
        {
            AppendWord(words, Ones[n / 100]);
            AppendWord(words, "hundred");
            n %= 100;
            if (n == 0)
                return;
        }
        if (n < 20)
        {
            AppendWord(words, Ones[n]);
            return;
        }
        AppendWord(words, Tens[n / 10]);
        if (n % 10 != 0)
            AppendWord(words, Ones[n % 10]);
    }

    private static void AppendWord(StringBuilder words, string word)
    {
        if (words.Length > 0)
            words.Append(' ');
        words.Append(word);
    }
}
