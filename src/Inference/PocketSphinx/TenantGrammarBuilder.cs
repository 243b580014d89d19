using System.Text;
using System.Text.RegularExpressions;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// Turns what a tenant expects callers to say (menu items, names, full phrasings) plus generic slots
/// (numbers, prices, times, dates, party sizes, yes/no, "a table for &lt;n&gt;", "how much is the &lt;item&gt;",
/// "&lt;n&gt; &lt;item&gt; please", "i want to book a table for &lt;n&gt; &lt;when&gt;", hours and location questions)
/// into a JSGF grammar for PocketSphinx.
/// PocketSphinx fails a whole grammar search silently when any word is missing from its dictionary, so
/// <see cref="Build(Func{string, bool})"/> drops every alternative that uses an unknown word, then every
/// alternative that references a rule left empty.
/// </summary>
public sealed partial class TenantGrammarBuilder
{
    /// <summary>The JSGF grammar name (and PocketSphinx search name) used for tenant grammars.</summary>
    public const string GrammarName = "tenant";

    private readonly List<(string Name, List<string> Alternatives)> _rules = [];

    public TenantGrammarBuilder(IEnumerable<string> expectedPhrases)
    {
        Phrases = expectedPhrases.Select(NormalizePhrase).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var (name, alternatives) in TenantGrammarRules.Generic)
            _rules.Add((name, [.. alternatives]));
        _rules.Add((TenantGrammarRules.Item, [.. Phrases]));
        Words = _rules.SelectMany(r => r.Alternatives).SelectMany(WordsOf).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The tenant's phrases, normalised (lower case, digits spelled out, punctuation removed).</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>Every word the grammar may use: check these against the dictionary before <see cref="Build(Func{string, bool})"/>.</summary>
    public IReadOnlySet<string> Words { get; }

    /// <summary>The grammar with every word assumed known.</summary>
    public string Build() => Build(_ => true) ?? string.Empty;

    /// <summary>
    /// The JSGF text using only words for which <paramref name="isKnownWord"/> is true, or null when nothing
    /// usable is left.
    /// </summary>
    public string? Build(Func<string, bool> isKnownWord)
    {
        var kept = _rules.ToDictionary(
            r => r.Name,
            r => r.Alternatives.Where(a => WordsOf(a).All(isKnownWord)).ToList(),
            StringComparer.Ordinal);
        PruneEmptyReferences(kept);
        if (kept[TenantGrammarRules.Root].Count == 0)
            return null;
        var jsgf = new StringBuilder("#JSGF V1.0;\ngrammar ").Append(GrammarName).Append(";\n");
        foreach (var (name, _) in _rules)
        {
            if (kept[name].Count == 0)
                continue;
            jsgf.Append(name == TenantGrammarRules.Root ? "public <" : "<").Append(name).Append("> = ")
                .AppendJoin(" | ", kept[name].Select(a => a.Contains('|') ? "(" + a + ")" : a)).Append(";\n");
        }
        return jsgf.ToString();
    }

    /// <summary>Lower case, digits spelled out ("2" → "two"), punctuation except in-word apostrophes removed.</summary>
    public static string NormalizePhrase(string phrase)
    {
        var spelled = Digits().Replace(phrase.ToLowerInvariant(), m => " " + NumberWords.Spell(long.Parse(m.Value)) + " ");
        var cleaned = NotWordCharacter().Replace(spelled, " ");
        var words = cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('\'')).Where(w => w.Length > 0);
        return string.Join(' ', words);
    }

    // A rule with no alternatives cannot appear in JSGF: drop every alternative that references one, until stable.
    private static void PruneEmptyReferences(Dictionary<string, List<string>> rules)
    {
        bool changed;
        do
        {
            var empty = rules.Where(r => r.Value.Count == 0).Select(r => "<" + r.Key + ">").ToArray();
            changed = false;
            foreach (var alternatives in rules.Values)
                changed |= alternatives.RemoveAll(a => empty.Any(e => a.Contains(e, StringComparison.Ordinal))) > 0;
        }
        while (changed);
    }

    private static IEnumerable<string> WordsOf(string alternative) =>
        JsgfSyntax().Replace(alternative, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[^a-z' ]+")]
    private static partial Regex NotWordCharacter();

    // Rule references and grouping punctuation; what remains are words.
    [GeneratedRegex(@"<[a-z_]+>|[\[\]()|]")]
    private static partial Regex JsgfSyntax();
}
