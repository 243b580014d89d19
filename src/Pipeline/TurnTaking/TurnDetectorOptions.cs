namespace MediaCore.Pipeline.TurnTaking;

/// <summary>VAD thresholds of <see cref="TurnDetector"/>.</summary>
public sealed record TurnDetectorOptions
{
    /// <summary>Probability at which silence becomes speech.</summary>
    public float SpeechThreshold { get; init; } = 0.5f;

    /// <summary>Probability below which speech becomes silence (hysteresis).</summary>
    public float SilenceThreshold { get; init; } = 0.35f;

    /// <summary>VAD speech needed before the caller counts as talking (also the barge-in minimum).</summary>
    public int ConfirmSpeechMs { get; init; } = 240;

    /// <summary>Silence that ends unconfirmed speech (a click, a breath).</summary>
    public int DiscardAfterSilenceMs { get; init; } = 300;
}
