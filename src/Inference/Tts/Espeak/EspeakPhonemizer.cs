using System.Text;
using System.Text.RegularExpressions;
using MediaCore.Inference.Text;

namespace MediaCore.Inference.Tts;

/// <summary>
/// Text → IPA with espeak-ng, one string per sentence, in the form Piper voices expect: words separated by spaces,
/// clause and sentence punctuation kept (espeak drops it, so clauses are cut here and the mark re-attached),
/// <c>।</c> written as <c>.</c>, and espeak's language switch markers (<c>(en)…(hi)</c>) removed.
/// Runs on the shared espeak-ng worker thread (see <see cref="EspeakVoice"/>).
/// </summary>
public sealed partial class EspeakPhonemizer
{
    private readonly EspeakEngine _engine;

    /// <param name="voice">espeak-ng voice or language ("en-us", "hi").</param>
    public EspeakPhonemizer(string voice = "en-us")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        Voice = voice;
        _engine = EspeakEngine.Shared;
    }

    public string Voice { get; }

    /// <summary>IPA for each sentence of <paramref name="text"/> (sentences without letters are skipped).</summary>
    public Task<IReadOnlyList<string>> PhonemizeAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceChunker.Split(text, minClauseLength: int.MaxValue, maxSegmentLength: int.MaxValue);
        return _engine.RunAsync<IReadOnlyList<string>>(() =>
        {
            _engine.SelectVoice(Voice, EspeakVoice.DefaultWordsPerMinute);
            var result = new List<string>(sentences.Count);
            foreach (var sentence in sentences)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ipa = SentenceToIpa(sentence);
                if (ipa.Length > 0)
                    result.Add(ipa);
            }
            return result;
        }, cancellationToken);
    }

    private string SentenceToIpa(string sentence)
    {
        var output = new StringBuilder();
        foreach (var clause in SentenceChunker.Split(sentence, minClauseLength: 0, maxSegmentLength: int.MaxValue))
        {
            var (body, mark) = SplitTrailingMark(clause);
            var ipa = LanguageSwitch().Replace(_engine.ClauseToIpa(body), "").Trim();
            if (ipa.Length == 0)
                continue;
            if (output.Length > 0)
                output.Append(' ');
            output.Append(ipa);
            if (mark is not null)
                output.Append(mark.Value);
        }
        return output.ToString();
    }

    /// <summary>The clause without its closing punctuation run, and the one mark Piper should see for it.</summary>
    internal static (string Body, char? Mark) SplitTrailingMark(string clause)
    {
        var end = clause.Length;
        char? mark = null;
        while (end > 0 && (char.IsPunctuation(clause[end - 1]) || char.IsWhiteSpace(clause[end - 1])))
        {
            var c = clause[end - 1];
            if (c is '.' or '!' or '?' or ',' or ';' or ':' or '।' or '॥' or '…')
                mark = c is '।' or '॥' or '…' ? '.' : c; // the first mark of the run wins ("?!" → '?')
            end--;
        }
        return (clause[..end], mark);
    }

    // "(en)", "(hi)", "(en-us)": espeak wraps words it reads with another language's rules.
    [GeneratedRegex(@"\([a-z]{2,3}(?:-[a-z0-9]+)?\)")]
    private static partial Regex LanguageSwitch();
}
