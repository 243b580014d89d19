using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace MediaCore.Inference.Text;

/// <summary>
/// Cuts streamed text (LLM tokens as they arrive) into sentences and clauses for TTS, emitting each one
/// as soon as its boundary is certain so speech can start before the reply is complete.
/// <list type="bullet">
/// <item>Sentence ends: <c>. ! ? । ॥ …</c> followed by white space (closing quotes and brackets stay with the sentence).</item>
/// <item>Clause ends: <c>, ; :</c> followed by white space, once the clause has at least <c>minClauseLength</c> characters.</item>
/// <item>A line break ends a segment; a run longer than <c>maxSegmentLength</c> is cut at its last space.</item>
/// <item>Not boundaries: <c>8.30</c>, <c>1,500</c>, <c>₹1,50,000</c>, <c>8:30</c> (no space after the mark),
/// abbreviations (<c>Dr.</c>, <c>Mr.</c>, <c>Rs. 220</c>), initials (<c>J. K.</c>) and list numbers (<c>1. Paneer</c>).</item>
/// </list>
/// A mark at the very end of the buffered text waits for the next token (it may be "8." of "8.30");
/// <see cref="Complete"/> releases whatever remains. Not thread-safe: one chunker per reply.
/// </summary>
public sealed class SentenceChunker
{
    public const int DefaultMinClauseLength = 24;
    public const int DefaultMaxSegmentLength = 240;

    private readonly StringBuilder _buffer = new();
    private readonly Queue<string> _ready = new();
    private readonly int _minClauseLength;
    private readonly int _maxSegmentLength;
    private int _scanFrom;

    public SentenceChunker(int minClauseLength = DefaultMinClauseLength, int maxSegmentLength = DefaultMaxSegmentLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minClauseLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegmentLength, 1);
        _minClauseLength = minClauseLength;
        _maxSegmentLength = maxSegmentLength;
    }

    /// <summary>Number of segments ready to take.</summary>
    public int ReadyCount => _ready.Count;

    /// <summary>Adds the next piece of streamed text; completed segments become available through <see cref="TryTake"/>.</summary>
    public void Append(ReadOnlySpan<char> token)
    {
        _buffer.Append(token);
        Scan(final: false);
    }

    /// <summary>Ends the stream: the remaining text becomes the last segment. The chunker can then be reused.</summary>
    public void Complete()
    {
        Scan(final: true);
        EmitUpTo(_buffer.Length);
    }

    /// <summary>Takes the oldest completed segment (trimmed, never empty).</summary>
    public bool TryTake([NotNullWhen(true)] out string? segment) => _ready.TryDequeue(out segment);

    /// <summary>Splits a complete text in one go.</summary>
    public static IReadOnlyList<string> Split(string text, int minClauseLength = DefaultMinClauseLength,
        int maxSegmentLength = DefaultMaxSegmentLength)
    {
        var chunker = new SentenceChunker(minClauseLength, maxSegmentLength);
        chunker.Append(text);
        chunker.Complete();
        return [.. chunker._ready];
    }

    private void Scan(bool final)
    {
        for (var i = _scanFrom; i < _buffer.Length; i++)
        {
            var c = _buffer[i];
            if (c == '\n')
            {
                EmitUpTo(i);
                i = -1;
                continue;
            }
            if (SegmentLength(i + 1) > _maxSegmentLength)
            {
                EmitUpTo(LastSpaceBefore(i));
                i = -1;
                continue;
            }
            if (!IsSentenceEnd(c) && !IsClauseEnd(c))
                continue;
            var end = EndOfPunctuationRun(i);
            if (end == _buffer.Length && !final)
            {
                _scanFrom = i; // "8." may become "8.30": wait for the next token.
                return;
            }
            if (end < _buffer.Length && !char.IsWhiteSpace(_buffer[end]))
            {
                i = end - 1;
                continue;
            }
            if (IsClockSuffix(i))
            {
                // "at 7 p.m. The menu…" ends a sentence, "at 7 p.m. tomorrow" does not: look at the next word.
                var next = NextNonSpace(end);
                if (next == _buffer.Length && !final)
                {
                    _scanFrom = i;
                    return;
                }
                if (next == _buffer.Length || char.IsUpper(_buffer[next]))
                {
                    EmitUpTo(end);
                    i = -1;
                    continue;
                }
            }
            if (IsBoundary(c, i, end))
            {
                EmitUpTo(end);
                i = -1;
                continue;
            }
            i = end - 1;
        }
        _scanFrom = _buffer.Length;
    }

    private bool IsBoundary(char mark, int markIndex, int end)
    {
        if (IsClauseEnd(mark))
            return SegmentLength(end) >= _minClauseLength;
        var loneMark = markIndex + 1 == end || !IsSentenceEnd(_buffer[markIndex + 1]); // "..." always ends
        return !(mark == '.' && loneMark && PeriodDoesNotEndSentence(markIndex));
    }

    // The word before a lone period decides: abbreviations, initials and a leading list number keep going.
    private bool PeriodDoesNotEndSentence(int periodIndex)
    {
        var start = periodIndex;
        while (start > 0 && char.IsLetterOrDigit(_buffer[start - 1]))
            start--;
        var length = periodIndex - start;
        if (length == 0)
            return false;
        var word = _buffer.ToString(start, length);
        if (length == 1 && char.IsLetter(word[0]))
            return true;
        if (word.All(char.IsAsciiDigit))
            return SegmentLength(periodIndex) == length;
        return Abbreviations.Contains(word);
    }

    private int EndOfPunctuationRun(int index)
    {
        var end = index + 1;
        while (end < _buffer.Length && (IsSentenceEnd(_buffer[end]) || IsCloser(_buffer[end])))
            end++;
        return end;
    }

    // "a.m." / "p.m." (the normaliser writes times this way).
    private bool IsClockSuffix(int periodIndex) =>
        periodIndex >= 3 && _buffer[periodIndex] == '.' && _buffer[periodIndex - 2] == '.' &&
        char.ToLowerInvariant(_buffer[periodIndex - 1]) == 'm' && char.ToLowerInvariant(_buffer[periodIndex - 3]) is 'a' or 'p' &&
        (periodIndex == 3 || !char.IsLetter(_buffer[periodIndex - 4]));

    private int NextNonSpace(int index)
    {
        while (index < _buffer.Length && char.IsWhiteSpace(_buffer[index]))
            index++;
        return index;
    }

    // Cut before the word that crosses the limit; a single word longer than the limit is cut hard.
    private int LastSpaceBefore(int index)
    {
        for (var i = index; i > 0; i--)
        {
            if (char.IsWhiteSpace(_buffer[i]) && SegmentLength(i) > 0)
                return i;
        }
        return index;
    }

    private int SegmentLength(int end)
    {
        var start = 0;
        while (start < end && char.IsWhiteSpace(_buffer[start]))
            start++;
        return end - start;
    }

    private void EmitUpTo(int end)
    {
        var segment = _buffer.ToString(0, end).Trim();
        if (segment.Length > 0)
            _ready.Enqueue(segment);
        _buffer.Remove(0, end);
        var leading = 0;
        while (leading < _buffer.Length && char.IsWhiteSpace(_buffer[leading]))
            leading++;
        _buffer.Remove(0, leading);
        _scanFrom = 0;
    }

    private static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '।' or '॥' or '…';

    private static bool IsClauseEnd(char c) => c is ',' or ';' or ':';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '»';

    // Lower-case comparison; "etc." is left out on purpose: it usually does end a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "prof", "sr", "jr", "st", "rs", "no", "nos", "vs", "eg", "ie", "approx", "mt",
        "lt", "col", "gen", "capt", "sgt", "ave", "rd", "blvd", "inc", "ltd", "co", "dept", "fig", "smt", "shri",
    };
}
