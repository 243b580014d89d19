using System.Text;
using MediaCore.Pipeline.Latency;

namespace MediaCore.Pipeline.Speech;

/// <summary>
/// One reply of the bot: its cancellation (barge-in), its sentences as sent to TTS with the samples each produced,
/// and its latency marks. Lets the conversation record exactly what the caller heard when the reply was cut.
/// </summary>
public sealed class BotTurn : IDisposable
{
    private readonly List<SpokenSegment> _segments = [];
    private readonly Lock _gate = new();
    private readonly TaskCompletionSource _synthesized = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BotTurn(int turnId, int generation, bool usesBrain, bool hangUpAfter)
    {
        TurnId = turnId;
        Generation = generation;
        UsesBrain = usesBrain;
        HangUpAfter = hangUpAfter;
        Latency = new TurnLatency(turnId);
    }

    public int TurnId { get; }

    /// <summary>The playout generation this turn's audio belongs to.</summary>
    public int Generation { get; }

    public bool UsesBrain { get; }

    public bool HangUpAfter { get; }

    public TurnLatency Latency { get; }

    public CancellationTokenSource Cancellation { get; } = new();

    /// <summary>Index of this turn's assistant message in the history, once added.</summary>
    public int HistoryIndex { get; set; } = -1;

    public bool Interrupted { get; set; }

    /// <summary>
    /// For a turn that resumes a cut reply: the sentences of that reply the caller had heard before the cut one. The
    /// history message of this turn is that text followed by what this turn says (see <see cref="WithPrefix"/>).
    /// </summary>
    public string Prefix { get; init; } = string.Empty;

    /// <summary><see cref="Prefix"/> followed by <paramref name="text"/>: what the caller heard of the whole reply.</summary>
    public string WithPrefix(string text) =>
        Prefix.Length == 0 ? text : text.Length == 0 ? Prefix : Prefix + " " + text;

    /// <summary>The sentences before <paramref name="segment"/>, joined (with <see cref="Prefix"/>).</summary>
    public string TextBefore(int segment)
    {
        lock (_gate)
            return WithPrefix(string.Join(' ', _segments.Take(Math.Max(0, segment)).Select(s => s.Text)));
    }

    /// <summary>The sentences from <paramref name="segment"/> on, joined.</summary>
    public string TextFrom(int segment)
    {
        lock (_gate)
            return string.Join(' ', _segments.Skip(Math.Max(0, segment)).Select(s => s.Text));
    }

    /// <summary>Completes when the speech worker has synthesised (or skipped) every segment.</summary>
    public Task Synthesized => _synthesized.Task;

    public string FullText
    {
        get
        {
            lock (_gate)
                return string.Join(' ', _segments.Select(s => s.Text));
        }
    }

    public int AddSegment(string text)
    {
        lock (_gate)
        {
            _segments.Add(new SpokenSegment(text));
            return _segments.Count - 1;
        }
    }

    public void AddSamples(int segment, int samples)
    {
        lock (_gate)
            _segments[segment].Samples += samples;
    }

    public void MarkSegmentSynthesized(int segment)
    {
        lock (_gate)
            _segments[segment].Complete = true;
    }

    public void MarkSynthesized() => _synthesized.TrySetResult();

    /// <summary>
    /// The text the caller heard when playout stopped inside <paramref name="segment"/> after
    /// <paramref name="samplesPlayed"/> of its samples: earlier sentences whole, the cut one up to the last word whose
    /// share of the sentence (by characters) had played.
    /// </summary>
    public string HeardText(int segment, int samplesPlayed)
    {
        lock (_gate)
        {
            var heard = new StringBuilder();
            for (int i = 0; i < Math.Min(segment, _segments.Count); i++)
                heard.Append(heard.Length > 0 ? " " : string.Empty).Append(_segments[i].Text);
            if (segment >= 0 && segment < _segments.Count)
            {
                var cut = _segments[segment];
                double fraction = cut.Samples == 0 ? 0 : Math.Clamp((double)samplesPlayed / cut.Samples, 0, 1);
                var prefix = WordPrefix(cut.Text, (int)Math.Round(cut.Text.Length * fraction));
                if (prefix.Length > 0)
                    heard.Append(heard.Length > 0 ? " " : string.Empty).Append(prefix);
            }
            return heard.ToString();
        }
    }

    public void Dispose() => Cancellation.Dispose();

    private static string WordPrefix(string text, int characters)
    {
        if (characters >= text.Length)
            return text;
        int end = characters;
        // Keep a word only if it had fully played: cut back to the space before the partly spoken one.
        while (end > 0 && !char.IsWhiteSpace(text[end]))
            end--;
        return text[..end].TrimEnd();
    }

    private sealed class SpokenSegment(string text)
    {
        public string Text { get; } = text;
        public int Samples { get; set; }
        public bool Complete { get; set; }
    }
}
