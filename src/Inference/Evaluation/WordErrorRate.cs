using System.Globalization;
using System.Text;

namespace MediaCore.Inference.Evaluation;

/// <summary>
/// Word error rate: word-level Levenshtein distance (substitutions + insertions + deletions) divided by the number of
/// reference words, after normalising both texts (lower case, punctuation dropped, apostrophes removed, whitespace
/// collapsed). Used to score recognisers against reference transcripts.
/// </summary>
public static class WordErrorRate
{
    /// <summary>Errors / reference words; an empty reference gives 0 for an empty hypothesis and 1 otherwise.</summary>
    public static double Compute(string reference, string hypothesis)
    {
        var (errors, words) = Count(reference, hypothesis);
        return words == 0 ? (errors == 0 ? 0 : 1) : (double)errors / words;
    }

    /// <summary>The edit distance in words and the reference word count, for pooling over a corpus.</summary>
    public static (int Errors, int ReferenceWords) Count(string reference, string hypothesis)
    {
        var r = Words(reference);
        var h = Words(hypothesis);
        return (Distance(r, h), r.Length);
    }

    /// <summary>The normalised words of <paramref name="text"/>.</summary>
    public static string[] Words(string text) =>
        Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Lower case, letters/digits kept, apostrophes removed, every other character a word break.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (c is '\'' or '’')
                continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLower(c, CultureInfo.InvariantCulture) : ' ');
        }
        return builder.ToString();
    }

    private static int Distance(string[] reference, string[] hypothesis)
    {
        var previous = new int[hypothesis.Length + 1];
        var current = new int[hypothesis.Length + 1];
        for (var j = 0; j <= hypothesis.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= reference.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= hypothesis.Length; j++)
            {
                var substitution = previous[j - 1] + (reference[i - 1] == hypothesis[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[hypothesis.Length];
    }
}
