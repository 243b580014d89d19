using System.Diagnostics;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// One caller's PocketSphinx recogniser. Audio is buffered; <see cref="Partial"/> feeds what is new to the
/// generic language-model search incrementally (so most LM work happens while the caller speaks) and reads its
/// running hypothesis. <see cref="Finish"/> completes the LM pass, then re-decodes the buffered utterance with the
/// tenant grammar (a small, fast search) and keeps whichever result <see cref="GrammarSelectionRule"/> prefers.
/// </summary>
internal sealed class PocketSphinxSession : ISpeechRecognitionSession
{
    private const int SampleRate = 16_000;
    private const int InitialCapacity = SampleRate * 10;

    private readonly PocketSphinxSpeechToText _engine;
    private readonly PocketSphinxDecoder _decoder;
    private readonly bool _hasGrammar;
    private readonly int _maxSamples;
    private short[] _audio = new short[InitialCapacity];
    private int _length;
    private int _fed;
    private bool _disposed;

    public PocketSphinxSession(PocketSphinxSpeechToText engine, PocketSphinxDecoder decoder, SpeechRecognitionOptions options)
    {
        _engine = engine;
        _decoder = decoder;
        _maxSamples = (int)(engine.Options.MaxUtterance.TotalSeconds * SampleRate);
        if (engine.Options.UseTenantGrammar)
            _hasGrammar = InstallGrammar(options);
        _decoder.UseSearch(_decoder.LanguageModelSearch);
    }

    /// <summary>The JSGF text in use (null when no grammar could be built), for diagnostics.</summary>
    public string? Grammar { get; private set; }

    /// <summary>Both searches' results for the last finished utterance, for diagnostics and tuning.</summary>
    public (PocketSphinxHypothesis Grammar, PocketSphinxHypothesis LanguageModel, bool ChoseGrammar) LastDecision { get; private set; }

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
        FeedLanguageModel();
        var hypothesis = _decoder.Read(withPosterior: false);
        return ToTranscript(hypothesis, isFinal: false, confidence: 0, started);
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
        FeedLanguageModel();
        var languageModel = _decoder.Finish(withPosterior: true);
        var grammar = PocketSphinxHypothesis.None;
        if (_hasGrammar)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _decoder.UseSearch(TenantGrammarBuilder.GrammarName);
            grammar = _decoder.DecodeWhole(_audio.AsSpan(0, _length), withPosterior: true);
            _decoder.UseSearch(_decoder.LanguageModelSearch);
        }
        var choseGrammar = _engine.Options.Selection.PreferGrammar(grammar, languageModel, _decoder.LogBaseToLn);
        LastDecision = (grammar, languageModel, choseGrammar);
        var chosen = choseGrammar ? grammar : languageModel;
        var transcript = ToTranscript(chosen, isFinal: true, (float)chosen.Posterior, started);
        Reset();
        return transcript;
    }

    public void Reset()
    {
        _decoder.EndIfRunning();
        _length = 0;
        _fed = 0;
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        _decoder.EndIfRunning();
        if (_hasGrammar)
            _decoder.RemoveSearch(TenantGrammarBuilder.GrammarName);
        _engine.Return(_decoder);
    }

    private bool InstallGrammar(SpeechRecognitionOptions options)
    {
        var builder = new TenantGrammarBuilder(options.ExpectedPhrases);
        var words = builder.Words.Concat(options.Pronunciations.Keys.Select(k => k.ToLowerInvariant())).Distinct(StringComparer.Ordinal);
        // Words are added while the LM search is active so it is updated too (it can then propose them).
        _decoder.UseSearch(_decoder.LanguageModelSearch);
        var known = TenantVocabulary.Prepare(_decoder, words, options.Pronunciations);
        Grammar = builder.Build(known.Contains);
        return Grammar is not null && _decoder.SetGrammar(TenantGrammarBuilder.GrammarName, Grammar);
    }

    private void FeedLanguageModel()
    {
        _decoder.Feed(_audio.AsSpan(_fed, _length - _fed));
        _fed = _length;
    }

    private Transcript ToTranscript(PocketSphinxHypothesis hypothesis, bool isFinal, float confidence, long started) =>
        new(hypothesis.Text, isFinal, PocketSphinxSpeechToText.Name, "en", 1f, confidence,
            TimeSpan.FromSeconds((double)_length / SampleRate), Stopwatch.GetElapsedTime(started));
}
