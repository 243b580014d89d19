using MediaCore.Pipeline.Privacy;

namespace MediaCore.Pipeline.Records;

/// <summary>Filters for listing calls, newest first. Pass <see cref="CallPage.NextCursor"/> back as <see cref="Cursor"/>.</summary>
public sealed record CallQuery
{
    public const int MaxLimit = 500;

    /// <summary>Inclusive lower bound on the start time.</summary>
    public DateTimeOffset? From { get; init; }
    /// <summary>Exclusive upper bound on the start time.</summary>
    public DateTimeOffset? To { get; init; }
    public CallOutcome? Outcome { get; init; }
    public CallerHash? Caller { get; init; }
    public int Limit { get; init; } = 50;
    public string? Cursor { get; init; }
}
