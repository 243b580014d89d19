using System.Diagnostics;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// One caller's PocketSphinx recogniser. Audio is buffered by <see cref="AcceptAudio"/>; <see cref="Partial"/> feeds
/// what is new to both decoders (generic language model and tenant grammar) incrementally, so most of the work
/// happens while the caller speaks, and returns the LM's running hypothesis. <see cref="Finish"/> feeds the rest,
/// ends both utterances and keeps whichever result <see cref="GrammarSelectionRule"/> prefers.
/// </summary>
internal sealed class PocketSphinxSession : ISpeechRecognitionSession
{
    private const int SampleRate = 16_000;
    private const int InitialCapacity = SampleRate * 10;

    private readonly PocketSphinxSpeechToText _engine;
    private readonly PocketSphinxDecoder _languageModel;
    private readonly PocketSphinxDecoder? _grammar;
    private readonly int _maxSamples;
    private short[] _audio = new short[InitialCapacity];
    private int _length;
    private int _fed;
    private bool _disposed;

    public PocketSphinxSession(PocketSphinxSpeechToText engine, PocketSphinxDecoder languageModel, SpeechRecognitionOptions options)
    {
        _engine = engine;
        _languageModel = languageModel;
        _maxSamples = (int)(engine.Options.MaxUtterance.TotalSeconds * SampleRate);
        if (engine.Options.UseTenantGrammar)
            _grammar = TryInstallGrammar(options);
    }

    /// <summary>The JSGF text in use (null when no grammar could be built), for diagnostics.</summary>
    public string? Grammar { get; private set; }

    /// <summary>Both searches' results for the last finished utterance, for diagnostics and tuning.</summary>
    public (PocketSphinxHypothesis Grammar, PocketSphinxHypothesis LanguageModel, bool ChoseGrammar, double Disagreement) LastDecision { get; private set; }

    public void AcceptAudio(ReadOnlySpan<short> pcm16k)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var take = Math.Min(pcm16k.Length, _maxSamples - _length);
        if (take <= 0)
            return;
        if (_length + take > _audio.Length)
            Array.Resize(ref _audio, Math.Min(_maxSamples, Math.Max(_audio.Length * 2, _length + take)));
        pcm16k[..take].CopyTo(_audio.AsSpan(_length));
        _length += take;
    }

    public Transcript Partial(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_length == 0)
            return Transcript.Empty(PocketSphinxSpeechToText.Name, isFinal: false);
        var started = Stopwatch.GetTimestamp();
        FeedNewAudio();
        var hypothesis = _languageModel.Read();
        return ToTranscript(hypothesis.Text, isFinal: false, confidence: 0, started);
    }

    public Transcript Finish(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_length == 0)
        {
            Reset();
            return Transcript.Empty(PocketSphinxSpeechToText.Name, isFinal: true);
        }
        var started = Stopwatch.GetTimestamp();
        FeedNewAudio(final: true);
        var languageModel = _languageModel.Finish();
        var grammar = _grammar?.Finish() ?? PocketSphinxHypothesis.None;
        var (grammarPhones, outOfVocabularyShare) = GrammarPhones(grammar);
        var languageModelPhones = _languageModel.PhonesOf(languageModel.Text);
        var choseGrammar = _engine.Options.Selection.PreferGrammar(grammarPhones, languageModelPhones, outOfVocabularyShare);
        LastDecision = (grammar, languageModel, choseGrammar, GrammarSelectionRule.Disagreement(grammarPhones, languageModelPhones));
        var text = choseGrammar ? grammar.Text : languageModel.Text;
        var confidence = _engine.Options.Selection.Confidence(grammarPhones, languageModelPhones, outOfVocabularyShare, choseGrammar);
        var transcript = ToTranscript(text, isFinal: true, confidence, started);
        Reset();
        return transcript;
    }

    public void Reset()
    {
        _languageModel.EndIfRunning();
        _grammar?.EndIfRunning();
        _length = 0;
        _fed = 0;
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        Reset();
        _engine.Return(_languageModel);
        if (_grammar is not null)
        {
            _grammar.RemoveSearch(TenantGrammarBuilder.GrammarName);
            _engine.Return(_grammar);
        }
    }

    // Builds the tenant grammar on a grammar decoder; words are added (or dropped) first so the grammar never
    // references a word the dictionary lacks. Returns null (decoder handed back) when no grammar is usable.
    private PocketSphinxDecoder? TryInstallGrammar(SpeechRecognitionOptions options)
    {
        var builder = new TenantGrammarBuilder(options.ExpectedPhrases);
        var decoder = _engine.RentGrammarDecoder();
        var words = builder.Words.Concat(options.Pronunciations.Keys.Select(k => k.ToLowerInvariant())).Distinct(StringComparer.Ordinal);
        var known = TenantVocabulary.Prepare(decoder, words, options.Pronunciations);
        Grammar = builder.Build(known.Contains);
        if (Grammar is not null && decoder.SetGrammar(TenantGrammarBuilder.GrammarName, Grammar))
        {
            decoder.UseSearch(TenantGrammarBuilder.GrammarName);
            return decoder;
        }
        Grammar = null;
        _engine.Return(decoder);
        return null;
    }

    // The grammar hypothesis' phones, and the share of them from words the LM decoder's dictionary lacks.
    private (string[] Phones, double OutOfVocabularyShare) GrammarPhones(PocketSphinxHypothesis grammar)
    {
        if (_grammar is null || grammar.IsEmpty)
            return ([], 0);
        var phones = new List<string>();
        var outOfVocabulary = 0;
        foreach (var word in grammar.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordPhones = _grammar.PhonesOf(word);
            phones.AddRange(wordPhones);
            if (_languageModel.Lookup(word) is null)
                outOfVocabulary += wordPhones.Length;
        }
        return (phones.ToArray(), phones.Count == 0 ? 0 : (double)outOfVocabulary / phones.Count);
    }

    // When nothing was fed yet (no Partial during the utterance) the whole utterance goes in as one block marked
    // full_utt, so PocketSphinx normalises cepstra over the utterance (batch CMN) instead of live CMN's running
    // estimate: clearly better on a fresh utterance (fewer errors at its start).
    private void FeedNewAudio(bool final = false)
    {
        var whole = final && _fed == 0;
        var fresh = _audio.AsSpan(_fed, _length - _fed);
        _languageModel.Feed(fresh, whole);
        _grammar?.Feed(fresh, whole);
        _fed = _length;
    }

    private Transcript ToTranscript(string text, bool isFinal, float confidence, long started) =>
        new(text, isFinal, PocketSphinxSpeechToText.Name, "en", 1f, confidence,
            TimeSpan.FromSeconds((double)_length / SampleRate), Stopwatch.GetElapsedTime(started));
}
