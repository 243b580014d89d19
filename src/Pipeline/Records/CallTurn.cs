namespace MediaCore.Pipeline.Records;

/// <summary>
/// One utterance. <see cref="Text"/> is null when the transcript is suppressed (opt-out) or purged by retention.
/// <see cref="LatencyMs"/> is, for a bot turn, the time from the end of the caller's speech to the first bot audio.
/// </summary>
public sealed record CallTurn(
    int Index,
    Speaker Speaker,
    string? Text,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    int? LatencyMs = null);
