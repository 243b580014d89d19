using System.Collections.Concurrent;
using MediaCore.Inference.Abstractions;

namespace MediaCore.Inference.PocketSphinx;

/// <summary>
/// PocketSphinx speech-to-text (16 kHz English). Loading a decoder (acoustic model, 130k-word dictionary,
/// language model) takes a while and 5prealpha cannot share the acoustic model, so decoders are pooled:
/// a session rents one and returns it on dispose. Words added for one tenant stay in that decoder's dictionary.
/// </summary>
public sealed class PocketSphinxSpeechToText : ISpeechToText
{
    public const string Name = "pocketsphinx";

    private readonly ConcurrentBag<PocketSphinxDecoder> _idle = [];
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
        _idle.Add(PocketSphinxDecoder.Create(model));
    }

    public string EngineName => Name;

    public PocketSphinxModel Model { get; }

    public PocketSphinxEngineOptions Options { get; }

    public ISpeechRecognitionSession StartSession(SpeechRecognitionOptions options)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var decoder = _idle.TryTake(out var pooled) ? pooled : PocketSphinxDecoder.Create(Model);
        return new PocketSphinxSession(this, decoder, options);
    }

    internal void Return(PocketSphinxDecoder decoder)
    {
        if (_disposed)
            decoder.Dispose();
        else
            _idle.Add(decoder);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var decoder))
            decoder.Dispose();
    }
}
