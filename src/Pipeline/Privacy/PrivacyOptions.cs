namespace MediaCore.Pipeline.Privacy;

/// <summary>Per-tenant privacy settings.</summary>
public sealed record PrivacyOptions
{
    /// <summary>Country code assumed for numbers written without one (0-prefixed or bare national numbers).</summary>
    public string DefaultCountryCode { get; init; } = "91";

    /// <summary>
    /// Call audio is never stored unless the tenant turns this on (and has the callers' consent to do so).
    /// Transcripts are a separate matter, governed by opt-out and retention.
    /// </summary>
    public bool RecordAudio { get; init; }
}
