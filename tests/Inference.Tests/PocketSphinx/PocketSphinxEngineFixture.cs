using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>Engines shared by the PocketSphinx test collection: loading a decoder costs most of a second.</summary>
public sealed class PocketSphinxEngineFixture : IDisposable
{
    private readonly Lazy<PocketSphinxSpeechToText> _languageModelOnly =
        new(() => new PocketSphinxSpeechToText(options: new PocketSphinxEngineOptions { UseTenantGrammar = false }));

    /// <summary>Default engine: tenant grammar + generic language model.</summary>
    public PocketSphinxSpeechToText Engine { get; } = new();

    /// <summary>The generic language model alone (for WER on open speech).</summary>
    public PocketSphinxSpeechToText LanguageModelOnly => _languageModelOnly.Value;

    public void Dispose()
    {
        Engine.Dispose();
        if (_languageModelOnly.IsValueCreated)
            _languageModelOnly.Value.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class PocketSphinxCollection : ICollectionFixture<PocketSphinxEngineFixture>
{
    public const string Name = "PocketSphinx";
}
