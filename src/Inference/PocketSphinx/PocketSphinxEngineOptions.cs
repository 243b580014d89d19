namespace MediaCore.Inference.PocketSphinx;

/// <summary>Engine-wide settings for <see cref="PocketSphinxSpeechToText"/>.</summary>
public sealed record PocketSphinxEngineOptions
{
    /// <summary>Longest utterance a session keeps; audio beyond it is dropped (never fatal).</summary>
    public TimeSpan MaxUtterance { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When to trust the tenant grammar over the generic language model.</summary>
    public GrammarSelectionRule Selection { get; init; } = new();

    /// <summary>Build and decode with a tenant grammar at all (off: generic language model only).</summary>
    public bool UseTenantGrammar { get; init; } = true;
}
