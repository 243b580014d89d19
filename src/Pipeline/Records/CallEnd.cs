namespace MediaCore.Pipeline.Records;

/// <summary>How a call finished and what was learned. Name and summary are dropped when the transcript is suppressed.</summary>
public sealed record CallEnd(
    CallOutcome Outcome,
    DateTimeOffset? EndedAt = null,
    string? Language = null,
    string? CallerName = null,
    string? Summary = null);
