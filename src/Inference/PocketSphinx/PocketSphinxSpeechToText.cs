using System.Collections.Concurrent;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// PocketSphinx speech-to-text (16 kHz English). Each session decodes with two decoders: the generic n-gram
/// language model, and a grammar decoder (no LM) holding the tenant's JSGF grammar and any words added for it.
/// Loading a decoder (acoustic model, 130k-word dictionary) takes a while and 5prealpha cannot share an acoustic
/// model between decoders, so both kinds are pooled: a session rents them and returns them on dispose.
/// Words added for one tenant stay in that grammar decoder's dictionary (harmless: grammars name their words, and
/// the grammar search itself is removed on return). What is not harmless is the channel estimate a decoder carries
/// between utterances (cepstral mean, CMN mode): a returned decoder is reset to its state when loaded
/// (<see cref="PocketSphinxDecoder.ForgetChannel"/>), so one call's line never biases the next call's recognition.
/// </summary>
public sealed class PocketSphinxSpeechToText : ISpeechToText
{
    public const string Name = "pocketsphinx";

    private readonly ConcurrentBag<PocketSphinxDecoder> _idleLanguageModel = [];
    private readonly ConcurrentBag<PocketSphinxDecoder> _idleGrammar = [];
    private volatile bool _disposed;

    /// <summary>Loads the model in <paramref name="modelFolder"/> (default: Debian's en-us) and one decoder up front,
    /// so a bad model fails here with a message naming the folder.</summary>
    public PocketSphinxSpeechToText(string? modelFolder = null, PocketSphinxEngineOptions? options = null)
        : this(PocketSphinxModel.FromFolder(modelFolder ?? PocketSphinxModel.DebianEnglishFolder), options)
    {
    }

    public PocketSphinxSpeechToText(PocketSphinxModel model, PocketSphinxEngineOptions? options = null)
    {
        model.EnsureExists();
        Model = model;
        Options = options ?? new PocketSphinxEngineOptions();
        _idleLanguageModel.Add(PocketSphinxDecoder.Create(model, withLanguageModel: true));
    }

    public string EngineName => Name;

    public PocketSphinxModel Model { get; }

    public PocketSphinxEngineOptions Options { get; }

    public ISpeechRecognitionSession StartSession(SpeechRecognitionOptions options)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var languageModel = _idleLanguageModel.TryTake(out var pooled) ? pooled : PocketSphinxDecoder.Create(Model, withLanguageModel: true);
        return new PocketSphinxSession(this, languageModel, options);
    }

    internal PocketSphinxDecoder RentGrammarDecoder() =>
        _idleGrammar.TryTake(out var pooled) ? pooled : PocketSphinxDecoder.Create(Model, withLanguageModel: false);

    internal void Return(PocketSphinxDecoder decoder)
    {
        if (_disposed)
        {
            decoder.Dispose();
            return;
        }
        decoder.ForgetChannel();
        if (decoder.LanguageModelSearch.Length > 0)
            _idleLanguageModel.Add(decoder);
        else
            _idleGrammar.Add(decoder);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idleLanguageModel.TryTake(out var decoder))
            decoder.Dispose();
        while (_idleGrammar.TryTake(out var decoder))
            decoder.Dispose();
    }
}
