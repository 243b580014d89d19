using MediaCore.Inference.PocketSphinx;

namespace MediaCore.Inference.Tests.PocketSphinx;

/// <summary>One engine for the whole PocketSphinx test collection: loading a decoder costs most of a second.</summary>
public sealed class PocketSphinxEngineFixture : IDisposable
{
    public PocketSphinxSpeechToText Engine { get; } = new();

    public void Dispose() => Engine.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PocketSphinxCollection : ICollectionFixture<PocketSphinxEngineFixture>
{
    public const string Name = "PocketSphinx";
}
